import { describe, expect, it } from 'vitest';
import { localeLanguage, messageLanguage, writesLanguage } from '../../src/rank/log-language.js';
import { parseBuildLog } from '../../src/rank/log.js';
import { scanMentions } from '../../src/rank/mentions.js';

describe('the language of a log line', () => {
  it.each([
    // tree-sitter/tree-sitter#402: bash's printf under de_DE.UTF-8.
    ['script/parse-examples: Zeile 38: printf: 100.00000000000000000000: Ungültige Zahl.', 'de'],
    // A2-ai/rv#401: git remote show, parsed by a tool that expects English.
    ['  URL zum Abholen: https://github.com/cpanse/shinyStore', 'de'],
    // checkstyle/checkstyle#2193: the test's English expectation against the message translated under de_DE.
    [
      "error message 0 expected:<...ions.java:10:1: '{' [at column 1 should be on the previous line].> but was:<...ions.java:10:1: '{' [in Spalten 1 sollte in der vorhergehenden Zeile stehen].>",
      'de',
    ],
    ["cp: impossible d'évaluer 'foo': Aucun fichier ou dossier de ce type", 'fr'],
    ['ls: no se puede acceder a foo: No existe el archivo o el directorio', 'es'],
    ['make: *** No rule to make target. Остановка.', 'ru'],
    ['エラー: ファイルが見つかりません', 'ja'],
    // itsallcode/openfasttrace#479: the JDK's XML parser under fr_FR.
    ['     but: was "Failed to parse file \'path\': Contenu non autorisé dans le prologue."', 'fr'],
    // gittuf/gittuf#873: git's French catalog in a test's captured error.
    ["        Utilisez '--' pour séparer les chemins des révisions, comme ceci :", 'fr'],
  ])('%s -> %s', (line, lang) => {
    expect(messageLanguage(line)).toBe(lang);
  });

  it.each([
    'npm ERR! Test failed.  See above for more details.',
    'error: linker `cc` not found',
    'FAILED tests/test_api.py::test_login - assert 401 == 200',
    'fatal: not a git repository (or any of the parent directories): .git',
  ])('English: %s', (line) => {
    expect(messageLanguage(line)).toBeUndefined();
  });

  it("reads a locale value's language, and Cyrillic as any Cyrillic-script locale", () => {
    expect(localeLanguage('de_DE.UTF-8')).toBe('de');
    expect(localeLanguage('C.UTF-8')).toBeUndefined();
    expect(localeLanguage('POSIX')).toBeUndefined();
    expect(writesLanguage('uk', 'ru')).toBe(true);
    expect(writesLanguage('de', 'fr')).toBe(false);
  });

  it("keeps the first translated error line, never make's translated summary", () => {
    const dune = scanMentions(parseBuildLog('-|  755\n+|  775\nmake: *** [Makefile:200 : dune] Erreur 1'));
    expect(dune.language).toBeUndefined();
    const printf = scanMentions(parseBuildLog('script/parse-examples: Zeile 38: printf: 100.0: Ungültige Zahl.\nnpm ERR! Test failed.'));
    expect(printf.language?.lang).toBe('de');
  });
});
