/**
 * Which human language a log line's messages are in. Programs translate their
 * messages (gettext catalogs, the JDK's and .NET's resources) into the language
 * of LANG/LC_ALL/LC_MESSAGES: a build log in German was written under a German
 * locale, whatever the failure is. Only words that translated tool messages
 * use and English ones do not, and scripts (Cyrillic, kana, Hangul, Han), count.
 * Pure.
 */

/** ISO 639-1 code -> words and phrases of translated messages ("Zeile 38", "Aucun fichier ou dossier de ce type"). */
const MESSAGE_WORDS: Array<[string, RegExp]> = [
  [
    'de',
    // Checkstyle's and javac's translated messages: "sollte in der vorhergehenden Zeile stehen", "ist nicht vorhanden";
    // git's "URL zum Abholen", "master gefolgt".
    /\b(?:Zeile\b|zum\b|gefolgt\b|Fehler\b|Datei\b|Verzeichnis|nicht\b|sollte\b|wurden?\b|werden\b|vorhanden\b|Ungültige?\b|kann nicht|konnte nicht|Warnung:|Keine Berechtigung|Zugriff verweigert)/,
  ],
  [
    'fr',
    // git's French catalog: "fatal : …", "Utilisez '--' pour séparer les chemins des révisions" (a space before the colon is French typography).
    /(?:\berreur\b|\bfichier\b|répertoire|introuvable|\bimpossible de\b|\bligne \d|Aucun fichier ou dossier|n'est pas|avertissement|non valable|Permission non accordée|non autoris[ée]|\bfatal : |\bUtilisez\b|\béchec\b|a échoué)/i,
  ],
  [
    'es',
    /(?:\barchivo\b|\bdirectorio\b|línea \d|\bno se (?:encontró|puede|pudo)\b|advertencia:|no válid[oa]|orden no encontrada|No existe el archivo|Permiso denegado)/i,
  ],
  ['it', /(?:\berrore\b|\bimpossibile\b|\briga \d|File o directory non esistente|Permesso negato|\battenzione:)/i],
  ['pt', /(?:\barquivo\b|diretório|\blinha \d|não (?:encontrad|foi|é)|Arquivo ou diretório inexistente|Permissão negada)/i],
  ['nl', /(?:\bregel \d|\bfout:|Bestand of map bestaat niet|Toegang geweigerd)/i],
  ['pl', /(?:błąd|Nie ma takiego pliku|Brak dostępu|nie można)/i],
  ['tr', /(?:satır \d|\bhata:|Böyle bir dosya ya da dizin yok|Erişim engellendi)/i],
  ['cs', /(?:\bchyba\b|Adresář nebo soubor neexistuje|Operace zamítnuta)/i],
];

/** Scripts: a run of letters in one is a message in that language (test data aside, which rarely fails a build). */
const SCRIPTS: Array<[string, RegExp]> = [
  ['ja', /[\u3040-\u30ff]{2,}/],
  ['ko', /[\uac00-\ud7af]{2,}/],
  ['zh', /[\u4e00-\u9fff]{2,}/],
  ['ru', /[\u0400-\u04ff]{4,}/],
];

/** The language of this line's messages, when it is not English. */
export function messageLanguage(body: string): string | undefined {
  for (const [lang, re] of SCRIPTS) if (re.test(body)) return lang;
  for (const [lang, re] of MESSAGE_WORDS) if (re.test(body)) return lang;
  return undefined;
}

/** Languages sharing a script: a Russian-looking line may be Ukrainian or Bulgarian, Han characters may be Japanese. */
const SAME_SCRIPT: Record<string, readonly string[]> = { ru: ['ru', 'uk', 'bg', 'be', 'sr', 'mk', 'kk'], zh: ['zh', 'ja'] };

/** The language a locale value selects ("de_DE.UTF-8" -> de, "C.UTF-8" -> undefined). */
export function localeLanguage(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const m = /^([a-z]{2,3})(?:[_.@:-]|$)/i.exec(value.trim());
  const lang = m?.[1]?.toLowerCase();
  return lang === undefined || lang === 'c' ? undefined : lang;
}

/** Does a locale of this language write messages that look like `seen`? */
export function writesLanguage(locale: string, seen: string): boolean {
  return (SAME_SCRIPT[seen] ?? [seen]).includes(locale);
}
