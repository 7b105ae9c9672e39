/**
 * What the build touches: every word, version, environment variable and image
 * the log names anywhere (not only on error lines), with the first line naming
 * it. One pass over the log's tail, bounded in lines and entries. Pure.
 *
 * Relevance (relevance.ts) asks "does the log ever name this tool, package or
 * image?"; token matching asks "does it name this version or variable?".
 */
import { type CommandLine, commandLine } from './failing-command.js';
import type { BuildLog, LogLine } from './log.js';
import { messageLanguage } from './log-language.js';
import { comparedValues } from './output-pairs.js';
import { TOOL_NAMES } from './tool-names.js';
import { PLATFORM_DESCRIPTION } from './tokens.js';
import { escapeRegExp } from './value-strings.js';

/** Lines read for mentions, from the end (the failing step is there). */
const MAX_MENTION_LINES = 30_000;
/** Distinct words kept: a log naming more names nothing in particular. */
const MAX_WORDS = 200_000;
/** Assertion lines whose compared values are kept: the first failures are the telling ones. */
const MAX_COMPARISONS = 50;

// "not writable", but not pip's notice that its cache is "not owned or is not writable by the current user".
// "! Undefined control sequence.": TeX's errors start with "! ". "GStreamer-CRITICAL **:": GLib's level for a broken
// invariant, one below its fatal errors.
const ERROR_WORDS =
  /\b(?:error|(?<!\b(?:0|no|zero) )errors(?=:)|err!?|fatal|failed|failure|cannot|can't|could not|couldn't|unable|not found|not installed|denied|refused|invalid|panic|exception|killed|abort(?:ed)?|missing|no such|timed? ?out|unsupported|not supported|incompatible|requires?|mismatch(?:e[sd])?|wrong|segmentation|illegal|not allowed|not permitted|refusing|owned by (?:someone else|another user)|(?<!\bor is )not writable|corrupt(?:ed)?|dubious ownership|unknown (?:argument|option|command|flag|subcommand|directive)s?|\[(?:emerg|crit|alert)\]|unrecogni[sz]ed (?:option|argument|command)s?|terminating in do_boot|terminate called|(?:is|are) required(?! by\b)|critical(?= \*\*)|does not exist(?=[.!]?\s*$))\b|^E: |^W: |^! (?=[A-Z])/i;
/** An exception's class name glued to its kind: `KeyError: 'HOME'`, `java.lang.NullPointerException`. */
const EXCEPTION_NAME = /[A-Za-z](?:Error|Exception)\b/;

/** Error words of translated messages (a build under a German or Japanese locale reports in that language). */
const TRANSLATED_ERROR_WORDS =
  /\b(?:Fehler|fehlgeschlagen|Ungültige?|nicht gefunden|erreur|échec|introuvable|errore|impossibile|falló|fallo|no se encontró|no se pudo|erro|falha|FALHA|não foi (?:localizado|encontrado|possível)|hata|błąd|chyba|fout)\b|ошибка|Ошибка|не удалось|エラー|失敗|错误|錯誤|失败|找不到|오류|실패/;

/** A command line's options: their words are flags, not errors (-Wno-missing-field-initializers, -fno-exceptions, -Werror). */
const OPTION_TOKEN = /(?<=^|\s)--?[A-Za-z][\w=,.+:/-]*/g;
/** A source or object file a command is given ("… .libs/error.o .libs/socket.o"): its name is a module's, not a complaint. */
const FILE_ARGUMENT = /(?<=^|\s)[\w./+-]+\.(?:o|lo|obj|c|cc|cpp|cxx|h|hpp|rs|go|java|py|js|ts)(?=\s|$)/g;

/** The line reports a failure: an error word, or an exception's name, outside a command's options and file arguments. */
export function looksLikeError(body: string): boolean {
  const words = (text: string) => ERROR_WORDS.test(text) || EXCEPTION_NAME.test(text) || TRANSLATED_ERROR_WORDS.test(text);
  // Taking the options and files out only ever removes error words: most lines have none and skip it.
  if (!words(body)) return false;
  return (!body.includes('-') && !body.includes('.')) || words(body.replace(OPTION_TOKEN, ' ').replace(FILE_ARGUMENT, ' '));
}

/**
 * Lines a failing tool prints about the machine, not about the failure: npm's
 * "npm ERR! Linux 4.4.20-moby", "npm ERR! argv …", "npm ERR! node v6.9.1", and pip's and
 * npm's notices of their own new releases ("[notice] A new release of pip is available: 24.2 -> 24.3.1"), and
 * npm's --verbose run saying the same ("npm verb npm  v8.3.0", "npm verb Darwin 21.4.0").
 * node-gyp signs off the same way ("gyp ERR! System Linux 6.4.16-linuxkit", "gyp ERR! node -v v14.21.3").
 * They name the kernel and the tools, but that does not make those the error.
 */
const ENVIRONMENT_REPORT =
  /^(?:\[notice\] |npm notice |gyp (?:ERR!|info|verb) +(?:System|command|cwd|node -v|node-gyp -v|not ok)\b|(?:\d+ verbose|npm verb) +(?:node|npm|Linux|Darwin|Windows_NT|argv|cwd|os)\b|Node\.js v\d+\.\d+\.\d+$)|^npm (?:ERR!|error) +(?:Linux|Darwin|Windows_NT|FreeBSD|System|argv|command|cwd|node -?v[\d.]*|npm +-?v[\d.]*|os|Node\.?js|npm\b(?! ERR)|code ELIFECYCLE|errno|A complete log|Please include|If you need help|Tell the author|You can get|not with npm|There is likely|This is (?:probably|most likely)|Make sure you have|Failed at the|Exit status)\b/;

/**
 * "…you have a version of VirtualBox installed" / "that is not supported.": one sentence wrapped over two lines.
 * The error's words on the second make the first, which names the subject, an error line too.
 */
function wrapsIntoError(log: BuildLog, i: number, common: ReadonlySet<number>): boolean {
  const body = log.lines[i]!.body;
  if (common.has(i) || !SENTENCE_GOES_ON.test(body) || ENVIRONMENT_REPORT.test(body)) return false;
  const next = log.lines[i + 1]?.body;
  return next !== undefined && !common.has(i + 1) && WRAPPED_ON.test(next) && looksLikeError(next);
}

/** The linker speaking, not warning: "ld: duplicate LC_RPATH '…'", "/usr/bin/ld: …". */
const LINKER_SPEAKS = /^\s*(?:\S*\/)?(?:ld|ld64|ld\.\w+|lld): (?!warning\b)/;
const LINKER_FAILED_NEXT = /linker command failed|\bld returned \d+ exit status/;

/** "ld: duplicate LC_RPATH …" then "clang: error: linker command failed": the linker's reason, in words of its own. */
function linkerSaysWhy(log: BuildLog, i: number, common: ReadonlySet<number>): boolean {
  if (common.has(i) || !LINKER_SPEAKS.test(log.lines[i]!.body)) return false;
  const next = log.lines[i + 1]?.body;
  return next !== undefined && LINKER_FAILED_NEXT.test(next);
}

/** An exception's name alone on its line, its message on the next: Symfony's console, PHPUnit ("…\\AnnotationException:"). */
const BARE_EXCEPTION = /^\s*(?:In \S+ line \d+:\s*)?\[?[\w.\\$]*(?:Error|Exception)\]?:?\s*$/;

/** The line under a bare exception name is its message: "You have to enable opcache.save_comments=1 …". */
function messageOfBareException(log: BuildLog, i: number, common: ReadonlySet<number>): boolean {
  const previous = log.lines[i - 1]?.body;
  return previous !== undefined && !common.has(i) && /\w(?:Error|Exception)\b/.test(previous) && BARE_EXCEPTION.test(previous);
}

/** A line of prose that stops mid-sentence (no closing punctuation, a word at its end)… */
const SENTENCE_GOES_ON = /^\s*[A-Z][a-z]+ [\w ,'’-]*[a-z]$/;
/** …and the next line carrying on in lower case, not a message of its own ("error: …", "fatal: …"). */
const WRAPPED_ON = /^\s*[a-z][a-z'’-]*\s/;

/** Error lines searched back from the end for a value: the failing step's complaint is near it. */
const RECENT_ERROR_LINES = 2_000;

/** The last error line (of the last RECENT_ERROR_LINES read) that passes the test. */
export function lastErrorLine(m: Mentions, test: (body: string) => boolean): Mention | undefined {
  const lines = m.lines;
  for (let i = lines.length - 1; i >= Math.max(0, lines.length - RECENT_ERROR_LINES); i--) {
    const at = lines[i]!;
    if (at.error && test(at.line.body)) return at;
  }
  return undefined;
}

export interface Mention {
  line: LogLine;
  /** The line looks like an error (see looksLikeError). */
  error: boolean;
}

/** Issue references inside test and file names (gh-5422, bz-1234): a number, not a tool. */
const ISSUE_REFERENCE = /(?:^|(?<=[._-]))(?:gh|bz|bug|issue|pr)-\d+(?=[._-]|$)/g;

export interface Mentions {
  /** Lower-case words (and their dotted/dashed parts) -> first line naming them, error lines preferred. */
  words: Map<string, Mention>;
  /**
   * Parts of snake_case identifiers ("test_lua_blob" -> test, lua, blob): a test or function named
   * after a tool touches it, more weakly than the tool's own name does (relevance.ts).
   */
  identifierParts: Map<string, Mention>;
  /** Numeric versions ("16.13.0", "3.12", "1.21.3") -> first line naming them, error lines preferred. */
  versions: Map<string, Mention>;
  /**
   * The version a build tool's wrapper fetched and ran ("Welcome to Gradle 6.7.1!", …/dists/apache-maven-3.8.8/…):
   * tool -> version. Whatever is installed on the machine, this one ran.
   */
  wrapperVersions: Map<string, { version: string; at: Mention }>;
  /** Versioned C++ namespaces on error lines ("icu_76::internal"): lower-case name -> majors named, first line each. */
  namespaceVersions: Map<string, Map<string, Mention>>;
  /** Environment variables read or set (`X=1`, `$X`, `${X}`, `env.X`, `process.env.X`, `%X%`). */
  env: Map<string, Mention>;
  /** Tools (TOOL_NAMES keys) named by a prose phrase. */
  phrases: Map<string, Mention>;
  /** Tools (TOOL_NAMES keys) a line shows the build running on, unnamed (ToolNames.runs). */
  runsOn: Map<string, Mention>;
  /**
   * Autoconf and automake names left unexpanded or undefined ("PKG_PROG_PKG_CONFIG: command not found", "ENABLE_GTK_DOC
   * does not appear in AM_CONDITIONAL"), lower case: the package whose .m4 file defines them is named inside.
   */
  unexpandedMacros: Map<string, Mention>;
  /** Tools (TOOL_NAMES keys) in whose generated code a compiler reports an error (ToolNames.generates). */
  generatedBy: Map<string, Mention>;
  /** Libraries the linker could not find (`cannot find -lz` -> z). */
  linkerLibs: Map<string, Mention>;
  /**
   * Programs a line shows at work, lower case: by their path (`Sub-process /usr/bin/sqv returned an error`),
   * as the command a message is about (`for command "dnf5"`), or prefixing their own message (`dpkg-deb: error:`).
   */
  programs: Map<string, Mention>;
  /**
   * Programs that rejected how they were called, in their own words (`tar: unrecognized option '--sort=name'`,
   * `sed: 1: "…": invalid command code .`, `mawk: … syntax error at or near ,`): another version or flavour
   * (GNU, BSD, BusyBox, mawk) of that very program would have accepted it. Builtins count as their shell's.
   */
  rejectedBy: Map<string, Mention>;
  /**
   * C functions and types the compiler, the linker or the loader could not find (`call to undeclared function
   * 'mysql_ssl_set'`, "undefined reference to `avcodec_decode_video2'", "undefined symbol: pango_…"): a library's
   * API, named by its prefix.
   * Kept as written: a camelCase API's prefix ends at its first capital (xmlFree, SDL_Init).
   */
  missingSymbols: Map<string, Mention>;
  /**
   * The library whose system header a compiler's note points at ("/usr/include/poppler/GfxState.h:1506:32: note:
   * candidate: …", "/usr/include/gif_lib.h:183:9: note: declared here"), by its include directory or the header's
   * name, lower case: a call that no longer fits what the library declares.
   */
  declaredIn: Map<string, Mention>;
  /**
   * The library of each header the compiler could not find ("fatal error: proj_api.h: No such file or directory",
   * "'openssl/ssl.h' file not found"), by its include directory or the header's name, lower case.
   */
  missingHeaders: Map<string, Mention>;
  /**
   * UTC offsets written after a time of day ("2012-01-01T06:00:00.000+05:30", "10:57:32 -0500"), as "+05:30":
   * the zone the program rendered its times in.
   */
  zoneOffsets: Map<string, Mention>;
  /**
   * Installed packages whose own code raised an exception (the innermost frame of a Python traceback under
   * site-packages, the first frame of a Node stack under node_modules), lower case -> that frame's line.
   */
  raisedIn: Map<string, Mention>;
  /**
   * The parts of the path of a program the dynamic loader could not relocate ("Error relocating
   * /usr/lib/chromium/chrome:", "symbol lookup error: /opt/julia-1.5.1/bin/julia:"), lower case: the package that
   * ships it, when B has another build of it, may be what now needs more than the system gives.
   */
  unloadable: Map<string, Mention>;
  /**
   * The stems of objects a linker or strip found a section type in it does not know ("/lib64/libc.so.6: unknown
   * type [0x13] section `.relr.dyn'"): libc, ffi. The library was built by newer tools than the ones that read it.
   */
  newerObjects: Map<string, Mention>;
  /** A name and the value written after it (`UID 0`, `umask=0077`, `vm.max_map_count [65530]`), as "name\0value". */
  settings: Map<string, Mention>;
  /** A variable a tool reports in words ("DISPLAY environment variable is set to :99"), as "name\0value". */
  reported: Map<string, Mention>;
  /** Absolute paths the log names (the first ones, distinct): where the build reads and writes. */
  paths: Map<string, Mention>;
  /** Minimum versions the log states ("requires go >= 1.25.0", "SQLite 3.8.3 or later"): lower-case name, version. */
  requirements: Array<{ name: string; version: string; at: Mention }>;
  /** What the log asks to install ("You need to install the perl-doc package", "Please install libicu"), lower case. */
  installHints: Map<string, Mention>;
  /**
   * Homebrew kegs a line names by their Cellar path (`/usr/local/Cellar/php@8.1/8.1.27_1/bin/php`): formula ->
   * the exact version installed, revision and all, and the first line naming it.
   */
  cellar: Map<string, { version: string; at: Mention }>;
  /** Ids of the keys a signature check failed on (`NO_PUBKEY A4B469963BF863CC`, `EXPKEYSIG 23E7…`), upper case. */
  signingKeys: Map<string, Mention>;
  /** Limits read at a prompt (`$ ulimit -v` then `2097152`): the resources key -> the value, in the fingerprint's units. */
  limitsRead: Map<string, { value: string; at: Mention }>;
  /** The values failing assertions compare ("'UTC' != 'local'"), from error lines, first ones. */
  comparisons: Array<{ values: [string, string]; at: Mention }>;
  /** The distinct lines read, in log order: for values searched verbatim (value-words.ts). */
  lines: Mention[];
  /** The last command the log shows being run before its first error line (failing-command.ts). */
  failingCommand: (CommandLine & { at: Mention }) | undefined;
  /** The first error line whose message is in another language than English (log-language.ts). */
  language: { lang: string; at: Mention } | undefined;
  /** The log had lines to read. */
  present: boolean;
}

const WORD = /[a-z0-9_][a-z0-9_.+-]*/g;
/** Distinct absolute paths kept. */
const MAX_PATHS = 2000;
/** "/run/user/1000/pytest-of-u/x.unknown": two or more segments, not part of a URL or a relative path. */
const ABSOLUTE_PATH = /(?<![\w.~:/-])\/(?:[\w.@+-]+\/)+[\w.@+-]*/g;
/** A prompt reading one limit (`$ ulimit -v`, `root@host:/# ulimit -Sn`), with nothing after the flag. */
const ULIMIT_READ = /(?:^|[$#>]\s)ulimit\s+(?:-[HS]\s*)?-?([nsdvulcft])\s*$/;
/** ulimit's flags, the resources key each reads, and the unit bash prints it in (sizes in KiB). */
const ULIMIT_KEYS: Readonly<Record<string, readonly [string, number]>> = {
  n: ['ulimit_nofile', 1],
  u: ['ulimit_nproc', 1],
  t: ['ulimit_cpu', 1],
  s: ['ulimit_stack', 1024],
  d: ['ulimit_data', 1024],
  v: ['ulimit_as', 1024],
  l: ['ulimit_memlock', 1024],
  c: ['ulimit_core', 1024],
  f: ['ulimit_fsize', 1024],
};
/** A line that may state a minimum version: the cheap test before the expressions below. */
const REQUIREMENT_HINT = />=|≥|or (?:later|newer|higher|above|greater)|at least|older than|is required|but the installed version is/i;
/** "go >= 1.25.0", "R >= 4.4.0", "php >=8.1"; "SQLite 3.8.3 or later"; "use GNU Make 4 at least"; "at least CMake 3.16". */
const REQUIREMENTS = [
  // dpkg and nimble put the bound in brackets: "libc6 (>= 2.34)", "nim (>= 1.0.0)". pkg-config modules carry
  // their API version in the name ("glib-2.0 >= 2.66", "gtk+-3.0 >= 3.22"): the library is "glib", "gtk+".
  /\b([A-Za-z][\w+-]*?)(?:-\d+\.\d+)?\s*\(?\s*(?:version\s*)?(?:>=|≥)\s*['"]?v?(\d+(?:\.\d+){0,2})/g,
  /\b([A-Za-z][\w+-]*) v?(\d+(?:\.\d+){0,2}) or (?:later|newer|higher|above|greater)\b/gi,
  /\b(?:use|requires?|needs?|install)\s+(?:GNU\s+)?([A-Za-z][\w+-]*) v?(\d+(?:\.\d+){0,2})\s*(?:at least|or (?:later|newer|higher))/gi,
  /\bat least (?:GNU\s+)?([A-Za-z][\w+-]*) (?:version )?v?(\d+(?:\.\d+){0,2})\b/gi,
  // meson: "need 'libsystemd' ['>= 230']"; pkg-config: "Requested 'glib-2.0 >= 2.56' but version of …".
  /\bneed '([A-Za-z][\w+.-]*)' \['>=\s*(\d+(?:\.\d+){0,2})'\]/g,
  /\bRequested '([A-Za-z][\w+.-]*?)(?:-\d+(?:\.\d+)?)? >= (\d+(?:\.\d+){0,2})'/g,
  // semantic-release: "Git version 2.0.0 is required. Found 1.8.5."
  /\b([A-Za-z][\w+-]*) (?:version )?v?(\d+(?:\.\d+){0,2}) (?:or (?:later|newer|higher|above) )?is required\b/gi,
  // A header's guard: `#error "SDL version older than 2.24.0"`, "libfoo is older than 1.2".
  /\b([A-Za-z][\w+-]*) (?:version )?(?:is )?older than v?(\d+(?:\.\d+){0,2})\b/gi,
  // SwiftPM: "is using Swift tools version 5.5.0 but the installed version is 5.3.0".
  /\busing ([A-Za-z][\w+-]*) tools version (\d+(?:\.\d+){0,2}) but the installed version is\b/gi,
];
/** A library's major in its C++ namespace, ICU's way: "icu_76::UnicodeString". */
const VERSIONED_NAMESPACE = /\b([A-Za-z]{3,})_(\d+)(?:_\d+)*::/g;
const WRAPPER_HINT = /gradle|maven|chrome/i;
/** Puppeteer looks for the Chrome build it downloads into its own cache, whatever Chrome the machine has. */
const PUPPETEER_CHROME = /\bCould not find Chrome \(ver\. (\d+(?:\.\d+)+)\)/;
/**
 * What a wrapper (gradlew, mvnw) announces or unpacks, or what a tool fetches for itself (Puppeteer's Chrome):
 * the version that actually ran.
 */
const WRAPPER_RUNS: Array<[string, RegExp]> = [
  ['gradle', /\bWelcome to Gradle (\d+(?:\.\d+)+)!|\/(?:distributions|wrapper\/dists)\/gradle-(?=\d)((?:\d+\.)+\d+)-(?:bin|all)\b/],
  ['maven', /\/wrapper\/dists\/apache-maven-(\d+(?:\.\d+)+)/],
  ['google-chrome', PUPPETEER_CHROME],
  ['google-chrome-stable', PUPPETEER_CHROME],
  ['chrome', PUPPETEER_CHROME],
];
const INCOMPATIBLE_VERSION = /\bYour ([A-Za-z][\w.-]*) version is incompatible\b/;
/** A lower bound as a caret, tilde or >= range: "Expected version: ^9.15.6". */
const EXPECTED_RANGE = /^\s*Expected version: (?:[\^~]|>=\s*)?v?(\d+(?:\.\d+){0,2})\b/;
/** Words those expressions catch that name no software ("project requires >= 1.3.0", "version >= 2"). */
const NOT_NAMES = new Set([
  'requires',
  'require',
  'required',
  'version',
  'is',
  'be',
  'to',
  'and',
  'or',
  'project',
  'needs',
  'need',
  'of',
  'increase',
]);
/** An upper-case variable name whose first part is a name of two or more letters. */
const TOOL_VARIABLE = /(?<!\w)([A-Z][A-Z0-9]+)_[A-Z0-9][A-Z0-9_]*\b/g;
// "v16.13.0", "go1.21.3", "Python 3.12", "node-v18.2.0", "3.0.2p1": a version is digits.digits,
// not part of an address (four numbers) or a longer dotted number.
const VERSION = /(?<![\d.])(?:[vV]|[a-zA-Z]+[-_]?v?)?(\d+\.\d+(?:\.\d+){0,2})(?![\d]|\.\d)/g;
// $X, env.X, X=…; and the forms languages read a variable by name: os.environ['X'], getenv("X"), ENV['X'], KeyError: 'X';
// and the shells' words for one that is unset: bash's "USER: unbound variable", "HOME: parameter null or not set".
const ENV_REF =
  /(?:process\.env\.|\benv\.|\$\{?|%|\bENV\s+|\bexport\s+|\bunset\s+|\bARG\s+)([A-Za-z_][A-Za-z0-9_]*)|(?:^|[\s;'"(])([A-Z_][A-Z0-9_]*)=|(?:\benviron\[|\bgetenv\(|\bENV\[|\bKeyError: )['"]([A-Z_][A-Z0-9_]*)['"]|(?:^|[\s:])([A-Z_][A-Z0-9_]*): (?:unbound variable|parameter (?:null or )?not set)/g;
const IPV4 = /^\d{1,3}(?:\.\d{1,3}){3}$/;
/** Lines after an error line that still belong to its message: an assertion's expected and actual values. */
const ASSERTION_LINES = 3;
/** make's and ninja's summary of a failed step. */
const BUILD_DRIVER_SUMMARY = /^\s*(?:g?make(?:\[\d+\])?|ninja): \*\*\*/;
/** GNU ld's "cannot find -lz", Apple ld64's "library not found for -lz" and ld-prime's "library 'z' not found". */
// GHC's own words: "Error loading shared library -lncursesw: No such file or directory".
// Cabal's check of a package's foreign libraries says "* Missing C library: z".
const LINKER_LIB =
  /(?:cannot find -l|library not found for -l|\bld: library '|\bshared library -l|\bMissing C librar(?:y|ies): )([\w+.-]+)/g;
const LINKER_LIB_HINT = new RegExp(LINKER_LIB.source);
/**
 * "tar: unrecognized option", "sed: 1: "x": invalid command code", "script.sh: line 5: declare: -A: invalid option",
 * BusyBox's "find: unrecognized: -printf",
 * and behind a build tool's tags (Ant's "[exec] tar: unrecognized option: …", TeamCity's "[14:55:17][Install] sed: …")
 * or a wrapper script's prefix ("==> ERROR: pacstrap: invalid option -- 'd'").
 */
const REJECTED_CALL =
  /^\s*(?:\[[\w.:-]{1,40}\]\s*){0,3}(?:(?:==>\s*)?(?:ERROR|error):\s+)?(?:\S+: line \d+: )?([a-z][\w+-]*): (?:.*?\b(?:unrecogni[sz]ed|invalid|illegal|unknown|unsupported) (?:option|command(?: code)?|primary|argument|flag|operator)\b|unrecogni[sz]ed: -|.*?\bextra characters at the end of\b|.*?\bsyntax error at or near\b|.*?\billegal reference to\b|usage: )/i;
/** A failed command lookup worded with the variable's name: "not found in $PATH", "is not on your $PATH". */
const PATH_LOOKUP = /\b(?:found|not|is) (?:in|on) (?:your |the )?\$PATH\b/;

/** A refused option the message names without naming the program: "%Error: Invalid Option: --build". */
const UNNAMED_REJECTION = /\b(?:invalid|unknown|unrecogni[sz]ed) option[:\s]+[`'"‘]?(-{1,2}[a-z][\w-]*)/i;
/** Lines above a refusal searched for the command line that passed the option. */
const CALLER_LINES = 5;
/** A shell prompt or trace before a command: "$ ", "+ ", "> ", "# ". */
const PROMPT = /^\s*(?:[$#>+]\s+)?/;

/** The program (lower case) whose command line, a few lines above `at`, passes `option` as an argument. */
function callerOf(option: string, lines: readonly LogLine[], at: number): string | undefined {
  const passes = new RegExp(`\\s${escapeRegExp(option)}(?:[\\s=]|$)`);
  for (let i = at - 1; i >= Math.max(0, at - CALLER_LINES); i--) {
    const body = lines[i]!.body;
    if (!passes.test(body)) continue;
    const program = /^([a-z][\w.+-]*)\s/i.exec(body.replace(PROMPT, ''))?.[1]?.toLowerCase();
    return program && !program.includes('/') ? program : undefined;
  }
  return undefined;
}

/**
 * A program that answers a call it cannot parse with its usage ("Incorrect parameters", then "Usage :" and
 * "zstd [args] [FILE(s)]"): the usage names the program that rejected its call.
 */
const CALL_COMPLAINT =
  /\b(?:incorrect|invalid|unknown|unrecogni[sz]ed|illegal|bad|unsupported) (?:parameters?|arguments?|options?|flags?|usage)\b|^\s*(?:incorrect|wrong) (?:parameters|arguments|number of arguments)\b/i;
const USAGE_PROGRAM = /^\s*usage\s*:\s*([a-z][\w.+-]*)\s/i;
const USAGE_ALONE = /^\s*usage\s*:\s*$/i;
const FIRST_WORD = /^\s*([a-z][\w.+-]*)\s/i;
/** Lines between a complaint and the usage that answers it. */
const USAGE_LINES = 3;
/**
 * The C library's text for EINVAL ending a message ("Cannot change ownership to uid 1, gid 5: Invalid argument"): a call
 * the system refused, not an argument the program refused. GHC's runtime words its I/O errors the same way, the
 * detail in brackets after it: "git: recoverEncode: invalid argument (cannot encode character '\8594')".
 */
const SYSCALL_EINVAL = /: Invalid argument\.?\s*$|: invalid argument \((?:cannot|invalid|illegal)\b/i;
/**
 * An identifier a C/C++ compiler or linker could not find, or found declared otherwise: "unknown type name
 * 'my_bool'", "invalid conversion from 'const xmlError*'", "too few arguments to function 'png_set_x'", a struct
 * a library made opaque ("dereferencing pointer to incomplete type 'DH {aka struct dh_st}'"), a struct whose
 * members another release renamed ("‘AVCodecContext’ {aka ‘struct AVCodecContext’} has no member named
 * ‘channel_layout’", clang's "no member named 'codecpar' in 'struct AVStream'"), a library's class whose method
 * another release declares otherwise ("no matching function for call to ‘GDALMDArray::AsClassicDataset(…)’").
 */
const MISSING_SYMBOL =
  /(?:undeclared function|implicit declaration of function|unknown type name|invalid conversion from|too (?:few|many) arguments to function|incompatible type for argument \d+ of|(?:pointer to|use of) incomplete type) [‘'`](?:const |struct )?([A-Za-z_]\w+)[\s*]*(?:\{aka [^}]*\})?[’'`]|undefined reference to [`‘']([A-Za-z_]\w+)[’']|[‘'`]([A-Za-z_]\w+)[’'`] (?:was not declared in this scope|undeclared \(first use)|[‘'`](?:const |struct )?([A-Za-z_]\w+)(?: \{aka [^}]*\})?[’'`](?: \{aka [^}]*\})? has no member named|no member named [‘'`]\w+[’'`] in [‘'`](?:const |struct )?([A-Za-z_]\w+)[’'`]|[‘'`]([A-Za-z_]\w+)[’'`] is deprecated|no matching (?:member )?function for call to [‘'`](?:const )?([A-Za-z_]\w+)(?:::|\()/g;
// C++ symbols come mangled ("undefined symbol: _ZN7httplib6Client…"): kept whole, read by their namespace.
const LOADER_SYMBOL = /\bError relocating [^:]+: ([A-Za-z]\w+|_Z\w+): symbol not found|\bundefined symbol: ([A-Za-z]\w+|_Z\w+)/g;
const APPLE_UNDEFINED = /^\s*"_([A-Za-z]\w+)", referenced from:/;
const IMPLICIT_DECLARATION_WARNING = /\bwarning: implicit declaration of function\b/;
/** gcc's and clang's words for a header they could not find: its directory (if any) and its name. */
const MISSING_HEADER =
  /\berror: [<'‘"]?((?:[\w.+-]+\/)*)([\w.+-]+)\.h(?:pp|h)?[>'’"]?(?:: No such file or directory| file not found)|\bCan't find the '((?:[\w.+-]+\/)*)([\w.+-]+)\.h header/;
/** Include directories of the C library and the kernel's interface: they name no library of their own. */
const SYSTEM_INCLUDE_DIRECTORIES = new Set(['sys', 'bits', 'gnu', 'asm', 'asm-generic', 'arpa', 'net', 'netinet', 'machine']);

/**
 * The names a missing header's library goes by: its include directory ("openssl/ssl.h" -> openssl), or its name
 * and the name's first part ("proj_api.h" -> proj_api, projapi, proj; "sqlite3.h" -> sqlite3, sqlite).
 */
function headerLibraryNames(directory: string | undefined, name: string): string[] {
  const top = directory?.split('/')[0]?.toLowerCase();
  if (top) return SYSTEM_INCLUDE_DIRECTORIES.has(top) || top.length < 3 ? [] : [top];
  const stem = name.toLowerCase();
  const known = HEADER_LIBRARIES[stem];
  if (known) return known;
  const out = new Set([stem, stem.replace(/_/g, '')]);
  const first = stem.split(/[_-]/)[0]!;
  if (first.length >= 3) out.add(first);
  const noDigits = stem.replace(/\d+$/, '');
  if (noDigits.length >= 3) out.add(noDigits);
  return [...out];
}

/**
 * Headers whose names do not say their library: MySQL's and MariaDB's client headers, and libpq's, which
 * PostgreSQL's own package ships where no -dev package is split off (Homebrew, pacman).
 */
const HEADER_LIBRARIES: Readonly<Record<string, string[]>> = {
  ...Object.fromEntries(
    ['my_config', 'my_global', 'mysqld_error', 'errmsg', 'mysql', 'mysql_version', 'mysql_com'].map((h) => [
      h,
      ['mysql', 'mysqlclient', 'mariadb', 'libmariadb'],
    ]),
  ),
  ...Object.fromEntries(['libpq-fe', 'libpq-events', 'pg_config'].map((h) => [h, ['libpq', 'pq', 'postgresql']])),
};

/** binutils on an object with a section type newer than itself: the object's file name. */
const UNKNOWN_SECTION = /([\w.+-]+\.(?:so(?:\.\d+)*|a|o)): unknown type \[0x[0-9a-f]+\] section\b/;

/** A compiler's note on a declaration in a system header: its include directory (poppler/) or its name (gif_lib). */
const SYSTEM_HEADER_NOTE =
  /^\s*\/(?:usr|opt)\/(?:[\w.+-]+\/)*?include\/(?:([\w.+-]+)\/(?:[\w.+-]+\/)*)?([\w.+-]+)\.h(?:pp)?:\d+(?::\d+)?: note: (?:candidate|declared here|\s*candidate expects)/;
/**
 * The compiler rejecting a library's own header ("/usr/include/unicode/stringpiece.h:134:29: error: 'enable_if_t' in
 * namespace 'std' does not name a template type"): B's release of that library wants a newer language standard or
 * declares what the project's code clashes with. Only headers under a library's include directory: a bare system
 * header, the C++ library's and the kernel's interface name no library; a header the header itself could not find
 * ("fatal error: jemalloc/jemalloc.h: No such file") is the other library's.
 */
const SYSTEM_HEADER_ERROR =
  /^\s*\/(?:usr|opt)\/(?:local\/)?include\/([\w.+-]+)\/(?:[\w.+-]+\/)*[\w.+-]+\.h(?:pp)?:\d+(?::\d+)?: error: (?!#error\b)/;
/** Include directories that do not say their library's name (ICU installs under unicode/, Abseil under absl/). */
const INCLUDE_DIRECTORY_LIBRARIES: Readonly<Record<string, string>> = { unicode: 'icu', absl: 'abseil' };
/** Include directories of the C++ library, the compilers and the kernel's interface (beside the C library's). */
const TOOLCHAIN_INCLUDE_DIRECTORIES = new Set(['c++', 'linux', 'crt', 'cuda', 'clang', 'llvm', 'gcc']);
/** mysqld's refusal of a setting or option it no longer (or does not yet) know, in its own log format. */
const SERVER_REJECTED = /\[Server\] unknown (?:variable|option) '|\bmysqld: unknown (?:variable|option) '/;
/** Bash builtins whose options change between bash releases (declare -A and mapfile came with bash 4). */
const SHELL_BUILTINS = new Set(['declare', 'typeset', 'mapfile', 'readarray', 'shopt', 'local']);
/** A program at work on an error line: run by path, named by dnf5, or prefixing its message ("dpkg-deb: error:", "nginx: [emerg]"). */
const PROGRAM =
  /(?<![\w.~-])\/(?:usr\/(?:local\/)?)?(?:s?bin|libexec)\/([a-z][\w+.-]*[\w+])(?![\w/.-])|\bfor command ["'`‘]([a-z][\w+.-]*)["'`’]|^\s*([a-z][\w+-]*[a-z0-9]): (?:error|fatal error|fatal|E):|(?:^|\s)([a-z][\w+-]*[a-z0-9]): \[(?:emerg|alert|crit|error)\]/gi;
// A setting's name and the short value printed right after it: "UID 0", "GID '0'", "umask=0077", "LANG: C".
// The value is read in a lookahead so that it can be the next name ("useradd: UID 0": useradd=UID, UID=0).
const SETTING = /(?<![\w.-])([a-z][\w.]{1,39})(?=(?:\s*[=:]\s*|\s+|\s*\[)[['"‘`]?([\w./:+-]{1,40}?)[\]'"’`]?(?:[\s,;()]|$))/gi;

const DIFF_HEADER = /^(?:---|\+\+\+) \S+\t\d{4}-\d{2}-\d{2} /;

/** "DISPLAY environment variable is set to :99", "JAVA_HOME is set to /usr/lib/jvm/…": a name, then its value in words. */
const SET_TO =
  /(?<![\w.-])([A-Za-z_][\w.]{1,39})(?: environment)?(?: variable)? (?:is|was) (?:already )?set to [['"‘`]?([\w./:+-]{1,40}?)[\]'"’`]?(?:[\s,;()]|$)/g;

/** A number of cores or CPUs, the number first. */
const CORE_COUNT_HINT = /\b(?:cores?|cpus?|processors|parallel)\b/i;
// Also a runner's worker count, which test runners take from the core count ("Using 36 parallel test processes").
const CORE_COUNT =
  /\b(\d{1,4}) (?:(?:(?:logical|physical|online|available) )?(?:CPU |cpu )?(?:cores?|CPUs?|cpus|processors)|parallel (?:test )?(?:processes|jobs|workers))\b/g;

/** The program the dynamic loader failed for, by its path: musl's and glibc's words. */
// glibc's "(required by …)" is read as a program name already (tokens.ts), for the symbol version it needs.
const UNLOADABLE = /\bError relocating (\/[^:\s]+): |\bsymbol lookup error: (\/[^:\s]+): /g;
/** A JNI wrapper's name and the library it wraps: libsodiumjni -> libsodium, zstd-jni -> zstd. */
const JNI_WRAPPER = /^((?:lib)?[a-z][a-z0-9]{2,}?)[-_]?jni$/;
/** A shared library's file name and its stem: libgeos.so -> geos, libgeos_c.so.1 -> geos_c, libQt5Core.so.5 -> qt5core. */
const SHARED_LIBRARY_STEM = /^lib([a-z][\w+]*?)(?:-[\d.]+)?\.so(?:\.[\d.]+)?$/;
/** Directories every program lives under: they name no package. */
const SYSTEM_DIRECTORIES = new Set(['usr', 'lib', 'lib64', 'lib32', 'bin', 'sbin', 'local', 'opt', 'libexec', 'home', 'root', 'share']);

/** A platform a tool reports the machine as, architecture first ("x86_64-linux", "arm64-darwin-22"). */
const PLATFORM_IS = /\bplatform is [`'"]?([a-z][a-z0-9]*(?:_64)?)(?=-[a-z])/gi;
/**
 * A requested CPU count and the machine's own: "(CPUs=4) (1 available)"; minikube's and kubeadm's refusals,
 * "greater than the available cpus of 1", "the number of available CPUs 1 is less than the required 2".
 */
const CORES_AVAILABLE = /\bCPUs=\d+\)? \((\d{1,4}) available\)|\bavailable cpus (?:of )?(\d{1,4})\b/gi;

const PHRASE_TOOLS: Array<[string, RegExp]> = [];
for (const [key, names] of Object.entries(TOOL_NAMES)) for (const p of names.phrases ?? []) PHRASE_TOOLS.push([key, p]);
/** All phrases at once: most lines name no tool in prose, and skip the table with one test. */
const ANY_PHRASE = new RegExp([...new Set(PHRASE_TOOLS.map(([, p]) => `(?:${p.source})`))].join('|'), 'i');
/** Each shape that shows a tool at work, with the keys it names the tool by (python, python3, …), tested once a line. */
const RUNS_TOOLS = new Map<RegExp, string[]>();
for (const [key, names] of Object.entries(TOOL_NAMES))
  for (const p of names.runs ?? []) RUNS_TOOLS.set(p, [...(RUNS_TOOLS.get(p) ?? []), key]);
const ANY_RUNS = new RegExp([...RUNS_TOOLS.keys()].map((p) => `(?:${p.source})`).join('|'));
/** An autoconf or automake name the shell ran as a command, autoconf left undefined, or automake did not know. */
const UNEXPANDED_MACRO =
  /configure: line \d+: ([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+): command not found|possibly undefined macro: ([A-Z]\w+)|\b([A-Z][A-Z0-9_]+) does not appear in AM_CONDITIONAL|\bmacro [`'‘]?([A-Z]\w+)['’]? not found in library/;
const GENERATING_TOOLS: Array<[string, RegExp]> = Object.entries(TOOL_NAMES).flatMap(([key, names]) =>
  (names.generates ?? []).map((p): [string, RegExp] => [key, p]),
);

/** A Homebrew keg in a path: /Cellar/<formula>/<version, with its _N revision>/. */
const CELLAR_KEG = /\/Cellar\/([\w@.+-]+)\/(\d[\w.+-]*)\//g;

/** A UTC offset right after a time of day: "06:00:00.000+05:30", "10:57:32 -0500", "19:30:00 GMT+0900". */
const ZONE_OFFSET = /\d:[0-5]\d(?::[0-5]\d(?:[.,]\d+)?)? ?(?:GMT|UTC)?([+-])([01]\d|2[0-3]):?([0-5]\d)(?![\d:])/g;

/** A key gpg or apt could not use, by its id: apt's and gpgv's status words before it. */
const SIGNING_KEY_ID = /\b(?:NO_PUBKEY|EXPKEYSIG|KEYEXPIRED|REVKEYSIG|BADSIG|ERRSIG)\s+([0-9A-Fa-f]{8,40})\b/g;

function emptyMentions(): Mentions {
  return {
    words: new Map(),
    identifierParts: new Map(),
    versions: new Map(),
    wrapperVersions: new Map(),
    namespaceVersions: new Map(),
    env: new Map(),
    phrases: new Map(),
    runsOn: new Map(),
    generatedBy: new Map(),
    unexpandedMacros: new Map(),
    linkerLibs: new Map(),
    programs: new Map(),
    rejectedBy: new Map(),
    missingSymbols: new Map(),
    declaredIn: new Map(),
    missingHeaders: new Map(),
    zoneOffsets: new Map(),
    raisedIn: new Map(),
    unloadable: new Map(),
    newerObjects: new Map(),
    settings: new Map(),
    reported: new Map(),
    comparisons: [],
    requirements: [],
    installHints: new Map(),
    signingKeys: new Map(),
    cellar: new Map(),
    limitsRead: new Map(),
    paths: new Map(),
    language: undefined,
    failingCommand: undefined,
    lines: [],
    present: false,
  };
}

/**
 * `common`: indexes of lines the passing build printed too (differential.ts).
 * They still show what the build touches, but never count as error lines.
 */
export function scanMentions(log: BuildLog, common: ReadonlySet<number> = new Set()): Mentions {
  const m = emptyMentions();
  const first = Math.max(0, log.lines.length - MAX_MENTION_LINES);
  // A repeated line names nothing new (first mentions are kept): read each distinct line once.
  const seen = new Set<string>();
  let sawError = false;
  let reading: readonly [string, number] | undefined;
  const frames = new RaisingFrames(m.raisedIn);
  let lastError = -1;
  let complaint = -1;
  let usageNext = false;
  let versionSubject: { name: string; line: number } | undefined;
  for (let i = first; i < log.lines.length; i++) {
    const line = log.lines[i]!;
    const body = line.body;
    if (body.trim() === '' || seen.has(body)) continue;
    // The line after `$ ulimit -v` is the limit's value.
    const answer = reading && /^\s*(\d+|unlimited)\s*$/.exec(body)?.[1];
    if (reading && answer) {
      const value = answer === 'unlimited' ? answer : String(Number(answer) * reading[1]);
      m.limitsRead.set(reading[0], { value, at: { line, error: false } });
    }
    const read = body.includes('ulimit') ? ULIMIT_READ.exec(body)?.[1] : undefined;
    reading = read ? ULIMIT_KEYS[read] : undefined;
    if (seen.size < MAX_WORDS) seen.add(body);
    m.present = true;
    const error = !common.has(i) && looksLikeError(body) && !ENVIRONMENT_REPORT.test(body);
    const at: Mention = {
      line,
      error: error || wrapsIntoError(log, i, common) || linkerSaysWhy(log, i, common) || messageOfBareException(log, i, common),
    };
    m.lines.push(at);
    if (!sawError) {
      const command = commandLine(body);
      if (command) m.failingCommand = { ...command, at };
      if (error) sawError = true;
    }
    const lower = body.toLowerCase();
    // The machine a tool describes in passing ("(Linux 6.12.63+deb13-amd64 amd64)") names no word of the failure.
    const worded = body.includes('(') ? lower.replace(PLATFORM_DESCRIPTION, '()') : lower;
    for (const w of worded.matchAll(WORD)) {
      // Trailing punctuation goes, a compiler's "++" stays (g++, clang++, libstdc++).
      const trimmed = w[0].replace(/[.+-]+$/, '');
      const word = /[a-z]\+\+[.-]*$/.test(w[0]) ? w[0].replace(/[.-]+$/, '') : trimmed;
      if (word.length === 0) continue;
      note(m.words, word, at);
      // "gh-5422-broken_snapshot" names issue 5422, not the gh tool.
      const named = word.replace(ISSUE_REFERENCE, '');
      // A cross compiler's "g++" ("arm-none-eabi-g++") is not the host's: parts keep no "++".
      if (/[.-]/.test(named)) for (const part of named.split(/[.-]+/)) if (part.length > 1 && !part.endsWith('+')) note(m.words, part, at);
      if (named.includes('_')) for (const part of named.split(/[._-]+/)) if (part.length > 2) note(m.identifierParts, part, at);
      // A JNI wrapper is named for the library it wraps: libsodiumjni, librocksdbjni, zstd-jni.
      const wrapped = JNI_WRAPPER.exec(named)?.[1];
      if (wrapped) note(m.words, wrapped, at);
      // "python3.12" -> "python", "go1.21" -> "go": the name before its version.
      if (/[a-z]\d|[a-z][-_]v?\d/.test(named)) {
        const name = /^([a-z][a-z+]*?)[-_]?v?\d/.exec(named);
        if (name?.[1] && name[1].length > 1) note(m.words, name[1], at);
      }
    }
    // "npm ERR! node v0.12.2" reports the machine; it names no version the failure is about.
    if (/\d\.\d/.test(body) && !ENVIRONMENT_REPORT.test(body)) {
      const described = body.includes('(') ? body.replace(PLATFORM_DESCRIPTION, '()') : body;
      for (const v of described.matchAll(VERSION)) {
        const value = v[1]!;
        if (!IPV4.test(value)) note(m.versions, value, at);
      }
    }
    for (const e of body.matchAll(ENV_REF)) {
      const name = (e[1] ?? e[2] ?? e[3] ?? e[4])!;
      // "executable file not found in $PATH" words a failed lookup; the build neither sets nor reads PATH there.
      if (name === 'PATH' && PATH_LOOKUP.test(body)) continue;
      note(m.env, name, at);
    }
    // HELM_EXPERIMENTAL_OCI, CARGO_HOME, NODE_OPTIONS: a tool's variables carry its name first.
    if (body.includes('_')) for (const v of body.matchAll(TOOL_VARIABLE)) note(m.words, v[1]!.toLowerCase(), at);
    if (body.length <= 400) for (const s of body.matchAll(SETTING)) note(m.settings, `${s[1]!.toLowerCase()}\u0000${s[2]!}`, at);
    // A tool reporting a variable's value in words: "DISPLAY environment variable is set to :99 on Linux".
    if (body.includes(' set to ')) for (const s of body.matchAll(SET_TO)) note(m.reported, `${s[1]!.toLowerCase()}\u0000${s[2]!}`, at);
    // A count before its unit is the same setting: "the CPU has 1 logical cores", "using 4 CPUs".
    if (body.length <= 400 && CORE_COUNT_HINT.test(body))
      for (const c of body.matchAll(CORE_COUNT)) note(m.settings, `cores\u0000${c[1]!}`, at);
    // "your local platform is x86_64-linux" (Bundler), "current platform is arm64-darwin": the architecture first.
    if (body.includes('platform is'))
      for (const p of body.matchAll(PLATFORM_IS)) note(m.settings, `platform\u0000${p[1]!.toLowerCase()}`, at);
    // What the machine has, beside a request or a refusal: "(CPUs=4) (1 available)", "the available cpus of 1".
    if (body.includes('available')) for (const c of body.matchAll(CORES_AVAILABLE)) note(m.settings, `cores\u0000${(c[1] ?? c[2])!}`, at);
    if (LINKER_LIB_HINT.test(body)) for (const l of body.matchAll(LINKER_LIB)) note(m.linkerLibs, l[1]!.toLowerCase(), at);
    // Both need a path or a "program: " prefix; most lines have neither, and skip the expressions.
    const colon = body.includes(': ');
    if (colon || body.includes('/') || body.includes('for command'))
      for (const p of body.matchAll(PROGRAM)) note(m.programs, (p[1] ?? p[2] ?? p[3] ?? p[4])!.toLowerCase(), at);
    frames.read(body, at);
    if (error && body.includes('/'))
      for (const u of body.matchAll(UNLOADABLE)) {
        for (const part of (u[1] ?? u[2])!.toLowerCase().split('/')) {
          if (part.length < 3 || SYSTEM_DIRECTORIES.has(part) || /-linux-gnu|^\.\.?$/.test(part)) continue;
          note(m.unloadable, part, at);
          // A shared library the loader cannot relocate ("/usr/lib/libgeos.so") is its package's by the library's stem.
          const stem = SHARED_LIBRARY_STEM.exec(part)?.[1];
          if (stem && stem.length >= 3) for (const name of [stem, `lib${stem}`]) note(m.unloadable, name, at);
        }
      }
    if (body.includes('unknown type [')) {
      const object = UNKNOWN_SECTION.exec(body);
      const stem = object ? /^lib([a-z][\w+-]*?)(?:-[\d.]+)?\.(?:so|a)\b/.exec(object[1]!.toLowerCase())?.[1] : undefined;
      if (stem) note(m.newerObjects, stem, at);
    }
    if (body.length <= 400 && INSTALL_HINT_CHEAP.test(body))
      for (const h of body.matchAll(INSTALL_HINT)) note(m.installHints, h[1]!.toLowerCase(), at);
    if (body.includes('/Cellar/'))
      for (const k of body.matchAll(CELLAR_KEG)) {
        const name = k[1]!.toLowerCase();
        if (!m.cellar.has(name)) m.cellar.set(name, { version: k[2]!, at });
      }
    if (body.includes('SIG') || body.includes('KEY'))
      for (const k of body.matchAll(SIGNING_KEY_ID)) note(m.signingKeys, k[1]!.toUpperCase(), at);
    if (body.includes(': note: ')) {
      const header = SYSTEM_HEADER_NOTE.exec(body);
      if (header) {
        const stem = header[2]!.toLowerCase();
        for (const name of header[1] ? [header[1].toLowerCase()] : [stem, stem.replace(/_/g, '')]) note(m.declaredIn, name, at);
      }
    }
    if (error && body.includes('include/')) {
      const directory = SYSTEM_HEADER_ERROR.exec(body)?.[1]?.toLowerCase();
      if (directory && !SYSTEM_INCLUDE_DIRECTORIES.has(directory) && !TOOLCHAIN_INCLUDE_DIRECTORIES.has(directory))
        note(m.declaredIn, INCLUDE_DIRECTORY_LIBRARIES[directory] ?? directory, at);
    }
    if (error && body.includes('.h')) {
      const header = MISSING_HEADER.exec(body);
      // The compiler's words, or an extconf.rb's (the pg gem's "Can't find the 'libpq-fe.h header").
      if (header)
        for (const name of headerLibraryNames(header[1] ?? header[3], (header[2] ?? header[4])!)) note(m.missingHeaders, name, at);
    }
    // GCC before 14 only warns of an implicit declaration; the build fails further on, on what the call returned.
    // The linker's "undefined reference to `gsl_sf_…'" is an error line without the word "error".
    if (error || IMPLICIT_DECLARATION_WARNING.test(body) || body.includes('undefined reference to'))
      for (const sym of body.matchAll(MISSING_SYMBOL))
        note(m.missingSymbols, (sym[1] ?? sym[2] ?? sym[3] ?? sym[4] ?? sym[5] ?? sym[6] ?? sym[7])!, at);
    // The loader's words for the same at run time: musl's "Error relocating …: LLVMBuildGEP: symbol not found",
    // glibc's "undefined symbol: pango_context_set_round_glyph_positions".
    if (body.includes('symbol')) for (const sym of body.matchAll(LOADER_SYMBOL)) note(m.missingSymbols, (sym[1] ?? sym[2])!, at);
    // Apple's ld lists each undefined symbol on a line of its own: '  "_iconv_open", referenced from:'.
    const referenced = body.includes('referenced from') ? APPLE_UNDEFINED.exec(body) : null;
    if (referenced) note(m.missingSymbols, referenced[1]!, at);
    const rejected = colon && !SYSCALL_EINVAL.test(body) ? REJECTED_CALL.exec(body) : null;
    if (rejected) {
      const program = rejected[1]!.toLowerCase();
      note(m.rejectedBy, SHELL_BUILTINS.has(program) ? 'bash' : program, at);
    } else if (error && body.includes('ption')) {
      // "%Error: Invalid Option: --build" below "verilator -cc --exe --build top.v": the program the command
      // line above passed that very option to is the one refusing it.
      const option = UNNAMED_REJECTION.exec(body)?.[1];
      const program = option ? callerOf(option, log.lines, i) : undefined;
      if (program) note(m.rejectedBy, program, at);
    }
    if (CALL_COMPLAINT.test(body)) {
      complaint = i;
      usageNext = false;
    } else if (complaint >= 0 && i - complaint <= USAGE_LINES) {
      const usage = USAGE_PROGRAM.exec(body)?.[1];
      if (usage) note(m.rejectedBy, usage.toLowerCase(), at);
      else if (USAGE_ALONE.test(body)) usageNext = true;
      else if (usageNext) {
        const program = FIRST_WORD.exec(body)?.[1];
        if (program) note(m.rejectedBy, program.toLowerCase(), { line, error: true });
        usageNext = false;
      }
    }
    // The MySQL/MariaDB server tags its own log lines: "[ERROR] [MY-000067] [Server] unknown variable 'x=y'."
    if (SERVER_REJECTED.test(body)) note(m.rejectedBy, 'mysqld', at);
    // A unified diff's header ("--- expected/ut-S.out\t2024-08-23 16:17:58.047311683 +0900") prints the files' times
    // in the local zone whatever the test compares: the zone of the machine, not of the output.
    if (body.includes(':') && !DIFF_HEADER.test(body))
      for (const o of body.matchAll(ZONE_OFFSET)) note(m.zoneOffsets, `${o[1]}${o[2]}:${o[3]}`, at);
    if (ANY_PHRASE.test(body)) for (const [key, re] of PHRASE_TOOLS) if (re.test(body)) note(m.phrases, key, at);
    // Most lines hold none of the three phrases around an autoconf name: skip the expression for them.
    if (body.includes('_') && (body.includes('command not found') || body.includes('macro') || body.includes('AM_CONDITIONAL'))) {
      const macro = UNEXPANDED_MACRO.exec(body);
      if (macro) note(m.unexpandedMacros, (macro[1] ?? macro[2] ?? macro[3] ?? macro[4])!.toLowerCase(), at);
    }
    if (error) for (const [key, re] of GENERATING_TOOLS) if (re.test(body)) note(m.generatedBy, key, at);
    if (ANY_RUNS.test(body)) for (const [re, keys] of RUNS_TOOLS) if (re.test(body)) for (const key of keys) note(m.runsOn, key, at);
    if (m.paths.size < MAX_PATHS && body.includes('/')) for (const p of body.matchAll(ABSOLUTE_PATH)) note(m.paths, p[0], at);
    if (error && body.includes('::')) {
      for (const n of body.matchAll(VERSIONED_NAMESPACE)) {
        const majors = m.namespaceVersions.get(n[1]!.toLowerCase()) ?? new Map<string, Mention>();
        if (!majors.has(n[2]!)) majors.set(n[2]!, at);
        m.namespaceVersions.set(n[1]!.toLowerCase(), majors);
      }
    }
    if (WRAPPER_HINT.test(body)) {
      for (const [tool, re] of WRAPPER_RUNS) {
        const w = re.exec(body);
        if (w && !m.wrapperVersions.has(tool)) m.wrapperVersions.set(tool, { version: (w[1] ?? w[2])!, at });
      }
    }
    // pnpm names the tool and its range lines apart: "Your pnpm version is incompatible with …", then "Expected version: ^9.15.6".
    const subject = INCOMPATIBLE_VERSION.exec(body);
    if (subject) versionSubject = { name: subject[1]!.toLowerCase(), line: i };
    const expected = versionSubject && i - versionSubject.line <= 4 ? EXPECTED_RANGE.exec(body) : null;
    if (expected && m.requirements.length < MAX_COMPARISONS) m.requirements.push({ name: versionSubject!.name, version: expected[1]!, at });
    if (m.requirements.length < MAX_COMPARISONS && body.length <= 400 && REQUIREMENT_HINT.test(body)) {
      for (const re of REQUIREMENTS) {
        for (const r of body.matchAll(re)) {
          const name = r[1]!.toLowerCase();
          if (!NOT_NAMES.has(name)) m.requirements.push({ name, version: r[2]!, at });
        }
      }
    }
    // make's summary of a failed step ("make: *** [Makefile:200 : dune] Erreur 1") is translated whatever failed.
    if (error) lastError = i;
    // A failed assertion prints the message it got on the lines after it ("but: was \"Contenu non autorisé…\"").
    const nearError = error || (lastError >= 0 && i - lastError <= ASSERTION_LINES);
    if (nearError && m.language === undefined && !BUILD_DRIVER_SUMMARY.test(body)) {
      const lang = messageLanguage(body);
      if (lang !== undefined) m.language = { lang, at };
    }
    if (error && m.comparisons.length < MAX_COMPARISONS) {
      const values = comparedValues(body);
      if (values) m.comparisons.push({ values, at });
    }
  }
  return m;
}

/** A message telling the user what to install: the package that is missing, in the program's own words. */
const INSTALL_HINT_CHEAP = /install/i;
const INSTALL_HINT =
  /\b(?:please install|(?:you )?(?:need|must|have) to install|install(?:ing)? the|make sure (?:that )?(?:you(?: have|'ve)? |to have )?installed)\s+(?:the\s+)?[`'"“]?([A-Za-z][\w.+-]{1,40}?)[`'"”]?(?=[\s,.;:)]|$)/gi;

/** A Python traceback's frame in an installed package: `File "/usr/lib/python3/dist-packages/pip/_internal/x.py"`. */
const PYTHON_FRAME = /^\s*File "[^"]*[\\/](?:site|dist)-packages[\\/]([A-Za-z0-9_.-]+?)(?:\.py)?["\\/]/;
/** The exception line that ends a Python traceback: `AttributeError: module 'pkgutil' has no attribute …`. */
const PYTHON_EXCEPTION = /^\s*(?:[\w.]+\.)?[A-Z]\w*(?:Error|Exception|Warning|Exit)\b:?/;
/** A Node stack frame in an installed package: `at fn (/app/node_modules/@scope/pkg/lib/x.js:10:5)`. */
const NODE_FRAME = /^\s*at (?:.*?\()?[^()\s]*[\\/]node_modules[\\/]((?:@[\w.-]+[\\/])?[\w.-]+)[\\/][^()\s]*:\d+:\d+\)?\s*$/;
const NODE_ERROR = /^\s*(?:\w+)?Error\b(?: \[\w+\])?:/;
/** A stack frame longer than this is not one (and is not searched for its package). */
const MAX_FRAME_CHARS = 1000;

/** Follows tracebacks line by line: which installed package's code raised each exception. */
class RaisingFrames {
  private innermost: { pkg: string; at: Mention } | undefined;
  private nodeError = false;

  constructor(private readonly raisedIn: Map<string, Mention>) {}

  read(body: string, at: Mention): void {
    const python = body.includes('-packages') ? PYTHON_FRAME.exec(body) : null;
    if (python) {
      this.innermost = { pkg: python[1]!.toLowerCase(), at };
      return;
    }
    if (this.innermost && PYTHON_EXCEPTION.test(body)) {
      note(this.raisedIn, this.innermost.pkg, this.innermost.at);
      this.innermost = undefined;
    }
    if (this.nodeError && /^\s*at /.test(body)) {
      // The first frame under the message is where it was thrown.
      const node = body.length <= MAX_FRAME_CHARS && body.includes('node_modules') ? NODE_FRAME.exec(body) : null;
      if (node) note(this.raisedIn, node[1]!.toLowerCase(), at);
      this.nodeError = false;
      return;
    }
    this.nodeError = NODE_ERROR.test(body);
  }
}

function note(map: Map<string, Mention>, key: string, at: Mention): void {
  const had = map.get(key);
  if (had === undefined) {
    if (map.size < MAX_WORDS) map.set(key, at);
  } else if (!had.error && at.error) {
    map.set(key, at);
  }
}
