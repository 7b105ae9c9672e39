/**
 * Findings from what the log names anywhere (mentions.ts), for the differences
 * signatures and error-line tokens miss: a version written `v16.13.0`, `go1.21.3`
 * or `Python 3.12`; a short variable in assignment context (`CI=true`,
 * `process.env.CI`, `$CI`); a tool named in prose on an error line. Pure.
 */
import type { Difference } from '../diff/types.js';
import { raisedOnB } from './classes.js';
import { COMMAND_PACKAGES } from './command-packages.js';
import type { FacetValue } from '../fingerprint/types.js';
import { isCLibraryVersion } from './equivalents.js';
import type { Finding } from './finding.js';
import { localeLanguage, writesLanguage } from './log-language.js';
import { isRebuild, magnitudeOf, numericParts } from './magnitude.js';
import { lastErrorLine, type Mention, type Mentions } from './mentions.js';
import { gainedNonAscii, volatileChange } from './priors.js';
import { packageWords } from './relevance.js';
import { canonicalArch } from './tokens.js';
import { CROSS_TRIPLE, crossTarget, phraseKey, TOOL_NAMES, toolKey, toolNames } from './tool-names.js';
import { escapeRegExp } from './value-strings.js';
import { zoneOffsetFindings } from './zone-offsets.js';
import { classFileFindings } from './class-file-versions.js';
import { commandProgram, valueWordFindings } from './value-words.js';

/** Facets whose values are versions a log may print. */
const VERSIONED = new Set(['toolchains', 'packages', 'libc', 'docker', 'os', 'kernel']);
/** Facets of host settings whose key a log may print with its value ("UID 0", "umask 0077"). */
const SETTING_FACETS = new Set(['security', 'resources', 'locale', 'time', 'sysctl', 'kernel', 'cpu', 'network', 'libc', 'os']);
/** Keys that say nothing without their facet ("family", "id"): the log may name the facet instead. */
const GENERIC_KEYS = new Set(['family', 'id', 'arch', 'machine', 'version_id', 'charmap']);
/**
 * Words that show a build compiles C (relevance) but not that the compiler failed:
 * `make: *** [all] Error 2` follows every failure of every recipe.
 */
const BUILD_DRIVERS = new Set(['make', 'ninja', 'cmake', 'configure', 'meson', 'gnu', 'autoconf']);
/** Words saying a variable is missing: "Expected RUNNER_TEMP to be defined", "JAVA_HOME is not set". */
// sqlx: "error: set `DATABASE_URL` to use query macros online": the error tells what to set.
const UNSET =
  /\b(?:not (?:set|defined)|undefined|to be (?:defined|set)|must be set|is (?:required|empty|missing)|unset|KeyError)\b|\bset [`'"][A-Za-z_][A-Za-z0-9_]*[`'"] to\b/i;
/** A warning line: it names what it warns about, rarely what failed. */
const WARNING = /\bWARN(?:ING)?\b/;
/** A log's advice to give a limit more room: "try to increase", "raise the value of". */
const RAISE_ADVICE = /\b(?:increas|rais)(?:e|ing)\b/i;
/** A tool an error line names, when only its patch version moved: it counts this much. */
const PATCH_NAMED = 0.6;
/** A tool an error line names, when B lacks it: it counts this much more. */
const REMOVED_NAMED = 1.5;
/** A line advising what to set to learn more ("run with `RUST_BACKTRACE=1`", "set NODE_DEBUG=… for details"). */
const ADVICE =
  /\b(?:re-?run (?:it )?with|run with|try (?:setting|running)|you (?:can|may|might) (?:set|use)|consider setting|set \S+ (?:to|for) (?:\S+ )?(?:more|see|display|enable|get)|to (?:display|see|get) (?:a |the |more )?(?:backtrace|details|more|full))\b/i;
/** A Rust build script's list of the variables it may read ("cargo:rerun-if-env-changed=PKG_CONFIG_PATH"), printed on every run. */
const WATCHED_BY_BUILD_SCRIPT = /\bcargo:rerun-if-env-changed=/;
/**
 * The line where the build reads a variable: past a build script's list of what it may read, the line it
 * printed the value on ("OPENSSL_LIB_DIR = "), when there is one.
 */
function readLine(key: string, first: Mention | undefined, mentions: Mentions): Mention | undefined {
  if (!first || !WATCHED_BY_BUILD_SCRIPT.test(first.line.body)) return first;
  const named = new RegExp(`(?<![\\w])${escapeRegExp(key)}(?![\\w])`);
  return (
    mentions.lines.find(
      (l) => l.line.number > first.line.number && named.test(l.line.body) && !WATCHED_BY_BUILD_SCRIPT.test(l.line.body),
    ) ?? first
  );
}

/** apt's report of two packages that cannot be installed together: " libayatana-appindicator3-1 : Conflicts: libappindicator3-1". */
const PACKAGE_CONFLICT = /^\s*([\w.+:-]+) : (?:Conflicts|Breaks): ([\w.+:-]+)/;

/** A package only B has, on either side of a conflict apt reports: installed there, it blocks what the build installs. */
function conflictFindings(d: Difference, mentions: Mentions): Finding[] {
  const name = packageName(d.key);
  const at = mentions.lines.find((l) => {
    const m = l.line.body.includes(' : ') ? PACKAGE_CONFLICT.exec(l.line.body) : null;
    return m !== null && [m[1]!, m[2]!].some((p) => packageName(p) === name);
  });
  return at ? [finding(0.8, at, `apt reports ${name}, which only B has, in conflict with what the build installs`)] : [];
}

/** Advice names a variable any run may print: it counts this much. */
const ADVICE_FACTOR = 0.3;
/** Off an error line, a mention is context, not evidence: it counts this much. */
const CONTEXT_LINE = 0.7;

export function mentionFindings(d: Difference, mentions: Mentions): Finding[] {
  // A volatile value that moved (a run id) may be printed anywhere; one B lacks altogether is a real difference.
  if (!mentions.present || volatileChange(d)) return [];
  const out: Finding[] = [];
  if (d.facet === 'env' && TEMP_DIR_VARIABLES.test(d.key)) out.push(...tempDirFindings(d, mentions));
  if (d.facet === 'env') out.push(...errorUnderDirectoryFindings(d, mentions));
  if (d.facet === 'env') {
    const at = readLine(d.key, mentions.env.get(d.key) ?? namedVariable(d.key, mentions), mentions);
    const hint = at && d.kind === 'removed' ? hintAfterMissing(d.key, at, mentions) : undefined;
    // "Expected RUNNER_TEMP to be defined", "JAVA_HOME is not set": an error about a variable B lacks.
    if (at?.error && d.kind === 'removed' && UNSET.test(at.line.body))
      out.push(finding(0.85, at, `an error line asks for ${d.key}, which B does not set`));
    // "[DEBUG] Oooops. The variable YOCTO_ESDK_ROOT is empty.": a script's own check, printed as a notice.
    else if (at && d.kind === 'removed' && UNSET.test(at.line.body) && !WARNING.test(at.line.body))
      out.push(finding(0.8, at, `the log says ${d.key} is not set, and B does not set it`));
    // "error: no token found, please run `cargo login`" then "or use environment variable CARGO_REGISTRY_TOKEN":
    // the message goes on to name the variable that would have supplied what is missing.
    // "Unable to find the global bin directory", then "…or the PNPM_HOME env variable": there, or further on than
    // the variable's first mention.
    else if (hint) out.push(finding(0.8, hint, `the error goes on to name ${d.key}, which B does not set`));
    // "note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace": advice any run prints.
    else if (at && ADVICE.test(at.line.body)) out.push(finding(0.55 * ADVICE_FACTOR, at, `the log suggests setting ${d.key}`));
    else if (at && WATCHED_BY_BUILD_SCRIPT.test(at.line.body))
      out.push(finding(0.55 * ADVICE_FACTOR, at, `a build script lists ${d.key} among the variables it may read`));
    else if (at) out.push(finding(0.55, at, `the log sets or reads ${d.key}`));
  }
  // "check the setting of /proc/sys/kernel/yama/ptrace_scope": an error that names this kernel setting.
  if (d.facet === 'sysctl') {
    const leaf = d.key.toLowerCase().split('.').pop() ?? '';
    const at = leaf.length >= 6 ? (mentions.words.get(d.key.toLowerCase()) ?? mentions.words.get(leaf)) : undefined;
    // A program's start-up warning ("WARNING: … somaxconn is set to the lower value of 128") is not its failure.
    // "…or try to increase … /proc/sys/kernel/perf_event_mlock_kb": advice to raise a setting B already has higher.
    if (at?.error && RAISE_ADVICE.test(at.line.body) && raisedOnB(d))
      out.push(finding(0.25, at, `an error line asks to raise ${d.key}, which B already has higher`));
    else if (at?.error) out.push(finding(WARNING.test(at.line.body) ? 0.5 : 0.8, at, `an error line names ${d.key}`));
  }
  // "machine has high CPU count: 128": a program reporting B's own core count, a large one (small counts are in every
  // VM's settings, "CPUs=4"), which A's does not match.
  if (d.facet === 'cpu' && d.key === 'cores' && typeof d.a === 'number' && typeof d.b === 'number' && d.b >= 16 && d.a !== d.b) {
    const count = new RegExp(`\\b(?:cpus?|cores?|processors?|nproc)\\b[^\\d\\n/.]{0,30}\\b${d.b}(?![.\\d])`, 'i');
    const at = mentions.lines.find((l) => count.test(l.line.body));
    if (at) out.push(finding(at.error ? 0.75 : 0.6, at, `the log reports B's ${d.b} cores`));
  }
  // "try `sudo modprobe overlay`", "modprobe: FATAL: Module br_netfilter not found": a kernel module B lacks, asked for by name.
  if (d.facet === 'modules' && d.kind === 'removed') {
    const at = mentions.words.get(d.key.toLowerCase());
    if (at && moduleAskedFor(at.line.body, d.key))
      out.push(finding(0.8, at, `the log asks for kernel module ${d.key}, which B has not loaded`));
  }
  // "/tmp/sqlite-…-libsqlitejdbc.so: failed to map segment": the error names a path under this mount.
  if (d.facet === 'mounts' && d.key !== '/') {
    // The mount point itself, or a path under it, on an error line: more than its last word alone, which
    // other mounts' paths share (/etc/postgresql and /var/lib/postgresql/data).
    const named = errorLineNamingPath(d.key, mentions);
    const last = d.key.toLowerCase().split('/').filter(Boolean).pop();
    const at = named ?? (last ? mentions.words.get(last) : undefined);
    if (at?.error) out.push(finding(named ? 0.55 : 0.45, at, `an error line names ${named ? d.key : `a path under ${d.key}`}`));
  }
  if (d.facet === 'locale' && d.key === 'available') out.push(...lostLocaleFindings(d, mentions));
  if (d.facet === 'packages' && d.kind === 'added') out.push(...conflictFindings(d, mentions));
  out.push(...zoneOffsetFindings(d, mentions), ...classFileFindings(d, mentions));
  out.push(...signingKeyFindings(d, mentions));
  if ((d.facet === 'packages' || d.facet === 'toolchains') && d.kind === 'changed') out.push(...cellarFindings(d, mentions));
  // glibc speaks of itself in its headers' deprecation errors: "In the GNU C Library, "major" is defined by <sys/sysmacros.h>".
  if (d.facet === 'libc' && d.key === 'version' && d.kind === 'changed') {
    const at = mentions.lines.find((l) => l.error && C_LIBRARY_NAMED.test(l.line.body));
    if (at) out.push(finding(0.85, at, 'an error line speaks for the C library'));
    const inHeaders = mentions.lines.find((l) => GLIBC_HEADER_NOTE.test(l.line.body));
    if (inHeaders) out.push(finding(0.8, inHeaders, "the compiler's error comes out of the C library's own headers"));
  }
  // `#error "beamasm requires a libc that can guarantee that sigaltstack works"`: the project's own guard stops the
  // build for want of something from the C library, which B's is another one (or another release) of.
  if (d.facet === 'libc' && d.kind === 'changed') {
    const at = mentions.lines.find((l) => C_LIBRARY_GUARD.test(l.line.body));
    if (at) out.push(finding(0.8, at, "the build's own #error guard asks something of the C library, which B's is another one"));
  }
  // "/usr/include/stdlib.h:183:10: note: previous declaration of 'itoa' was here": the project's code clashes
  // with a declaration B's C library headers (glibc's, musl's, Cygwin's newlib) added or changed.
  if (d.facet === 'packages' && d.kind === 'changed' && C_LIBRARY_HEADERS_PACKAGE.test(d.key) && !rebuiltOnly(d)) {
    const at = mentions.lines.find((l) => C_STANDARD_HEADER_NOTE.test(l.line.body));
    if (at) out.push(finding(0.75, at, "the compiler's error points into the C library's own headers, which B's release changed"));
  }
  if (APPLE_SDK_OWNER.test(d.key) && (d.facet === 'toolchains' || d.facet === 'packages' || d.facet === 'custom')) {
    // "/Applications/Xcode.app/…/SDKs/iPhoneOS18.4.sdk/usr/include/c_standard_library.modulemap:313:8: error: …":
    // the compiler's error is located in the SDK's own files, which come with Xcode (or its command line tools).
    const at = mentions.lines.find((l) => APPLE_SDK_DIAGNOSTIC.test(l.line.body));
    if (at) out.push(finding(0.75, at, "the compiler's error is located in the SDK's own files, which Xcode ships"));
  }
  if (d.facet === 'toolchains' || d.facet === 'packages') out.push(...runtimeSymbolFindings(d, mentions));
  if ((d.facet === 'cpu' && d.key === 'arch') || (d.facet === 'kernel' && d.key === 'machine'))
    out.push(...platformBuildFindings(d, mentions));
  if (d.facet === 'os' && d.key === 'id') out.push(...hostPlatformFindings(d, mentions));
  if (d.facet === 'kernel' && d.key === 'release') out.push(...kernelReleaseNamedFindings(d, mentions));
  // "$ ulimit -v" answered with B's very value: the log shows the limit being looked at.
  const read = d.facet === 'resources' ? mentions.limitsRead.get(d.key) : undefined;
  if (read && d.a !== d.b && read.value === String(d.b)) out.push(finding(0.8, read.at, `the log reads ${d.key} and shows B's value`));
  if (d.facet === 'security' && (d.key === 'uid' || d.key === 'gid'))
    out.push(...runAsUserFindings(mentions), ...idNumberFindings(d, mentions));
  if (d.facet === 'custom') out.push(...httpStatusFindings(d, mentions), ...probedPathFindings(d, mentions));
  if (d.kind === 'changed' && typeof d.a === 'string' && typeof d.b === 'string') out.push(...movedDirectoryFindings(d.a, d.b, mentions));
  if (d.facet === 'env' && d.kind === 'changed' && typeof d.a === 'string' && typeof d.b === 'string')
    out.push(...bothDirectoriesFindings(d.a, d.b, mentions));
  if ((d.facet === 'mirrors' || d.facet === 'env') && d.b !== null && d.b !== undefined) out.push(...proxiedSchemeFindings(d, mentions));
  if (d.facet === 'env' && d.kind === 'changed') out.push(...envVersionFindings(d, mentions));
  if (d.facet === 'env' && HOME_VARIABLE.test(d.key)) out.push(...homeVersionFindings(d, mentions));
  if (d.facet === 'env')
    out.push(
      ...toolSettingFindings(d, mentions),
      ...mangledValueFindings(d, mentions),
      ...nonAsciiSeenFindings(d, mentions),
      ...escapedPathFindings(d, mentions),
      ...switchedOffFindings(d, mentions),
      ...toolVariablesMissingFindings(d, mentions),
      ...defaultLocationFindings(d, mentions),
    );
  out.push(...valueWordFindings(d, mentions));
  if (mentions.language && (d.facet === 'locale' || d.facet === 'env') && MESSAGE_LOCALE_KEYS.test(d.key)) {
    out.push(...languageFindings(d, mentions.language));
  }
  if ((d.facet === 'locale' || d.facet === 'env') && LOCALE_KEYS.test(d.key) && d.kind === 'changed')
    out.push(...localeNameFindings(d, mentions));
  if (mentions.comparisons.length > 0) out.push(...comparisonFindings(d, mentions));
  if (d.facet === 'security' && d.key === 'umask' && d.kind === 'changed') out.push(...umaskModeFindings(d, mentions));
  if (mentions.requirements.length > 0 && VERSIONED.has(d.facet) && d.kind === 'changed') out.push(...requirementFindings(d, mentions));
  if (VERSIONED.has(d.facet) && d.kind === 'changed') out.push(...versionFindings(d, mentions), ...versionedNamespaceFindings(d, mentions));
  if (d.facet === 'toolchains' && d.kind === 'changed') out.push(...bothMajorsFindings(d, mentions));
  if ((d.facet === 'packages' || d.facet === 'toolchains') && d.kind === 'changed') out.push(...majorNameFindings(d, mentions));
  if ((d.facet === 'toolchains' || d.facet === 'packages') && mentions.wrapperVersions.size > 0)
    out.push(...wrappedToolFindings(d, mentions));
  if (d.facet === 'os' && d.key === 'version_id' && d.kind === 'changed') out.push(...osReleaseFindings(d, mentions));
  if (SETTING_FACETS.has(d.facet) && d.kind === 'changed') out.push(...settingFindings(d, mentions));
  // "DISPLAY environment variable is set to :99": the tool reports B's value of the variable, and acts on it.
  if (d.facet === 'env' && d.kind !== 'removed' && typeof d.b === 'string' && d.b !== '') {
    const at = mentions.reported.get(`${d.key.toLowerCase()}\u0000${d.b}`);
    if (at) out.push(finding(0.6, at, `the log reports ${d.key} set to ${d.b}, B's value`));
  }
  // "{undef,[{crypto,start,…}]}" with libcrypto.so.1.1 gone: an error line names the library B lacks by its bare name.
  if (d.facet === 'libraries' && d.kind === 'removed') {
    const named = errorLineNamingLibrary(d.key, mentions);
    if (named) out.push(named);
  }
  // `pkg-config --libs openssl` (or LDFLAGS) giving "-L/opt/homebrew/Cellar/openssl@3/3.3.0 -lssl": B's value hands the
  // linker the library it then cannot find, with its directory.
  if ((d.facet === 'custom' || d.facet === 'env') && typeof d.b === 'string' && mentions.linkerLibs.size > 0) {
    for (const [lib, at] of mentions.linkerLibs) {
      if (new RegExp(`(?:^|\\s)-l${escapeRegExp(lib)}(?:\\s|$)`).test(d.b)) {
        out.push(finding(0.8, at, `B's ${d.key} passes -l${lib} to the linker, which cannot find it`));
        break;
      }
    }
  }
  // A runtime library B only upgraded (libpcre3 8.39 -> 8.44) still leaves the linker its -dev package's link.
  const upgradedRuntime = d.facet === 'packages' && d.kind === 'changed' && !DEV_PACKAGE.test(packageName(d.key));
  if ((d.facet === 'packages' || d.facet === 'libraries') && mentions.linkerLibs.size > 0 && !upgradedRuntime) {
    const name = packageName(d.key);
    for (const [lib, at] of mentions.linkerLibs) {
      if (providesLinkerLib(name, lib)) {
        out.push(
          finding(
            0.85,
            at,
            `the linker cannot find -l${lib}, which ${d.facet === 'packages' ? 'this package provides' : 'is this library'}`,
          ),
        );
        break;
      }
    }
  }
  // A tool, or the package of a tool ("perl", "python3"): named in prose or by its files on an error line.
  // A package rebuilt at the same upstream version (3.5.3-1 -> 3.5.3-1+deb9u1) is the same tool to its users.
  const tool = d.facet === 'toolchains' ? d.key.toLowerCase() : d.facet === 'packages' && !rebuiltOnly(d) ? toolKey(d.key) : undefined;
  // A package B lacks, run by name by the failing step ("RUN amazon-linux-extras install …" on Amazon Linux 2023).
  if (tool === undefined && d.facet === 'packages' && d.kind === 'removed') {
    const step = failingTool(mentions);
    if (step && step.program === packageName(d.key))
      out.push(finding(0.7, step.at, `the failing step runs ${step.program}, which B does not have`));
  }
  if (mentions.rejectedBy.size > 0) out.push(...rejectedCallFindings(d, mentions));
  // A library found in another place as well (MacPorts' libiconv beside the system's) provides other symbols.
  const relocated = d.facet === 'libraries' && d.kind === 'changed';
  // A development package only B has: a library's configure found it and built code that calls it, which the final
  // link does not name ("libpcap.a(pcap-canusb-linux.o): … undefined reference to `libusb_close'").
  const addedDev = d.facet === 'packages' && d.kind === 'added' && DEV_PACKAGE.test(packageName(d.key));
  const packaged = d.facet === 'packages' && (d.kind !== 'added' || addedDev) && !rebuiltOnly(d);
  if (mentions.missingSymbols.size > 0 && (packaged || relocated)) out.push(...librarySymbolFindings(d, mentions));
  // The headers' -dev package that one side has and the other not (server-dev-9.3 gone, -9.2 in its place) changed
  // the declarations as much as one that moved.
  if (
    mentions.declaredIn.size > 0 &&
    d.facet === 'packages' &&
    (d.kind === 'changed' ? !rebuiltOnly(d) : DEV_PACKAGE.test(packageName(d.key)))
  )
    out.push(...declaredInFindings(d, mentions));
  if (mentions.unexpandedMacros.size > 0 && (d.facet === 'packages' || d.facet === 'toolchains') && d.kind !== 'added')
    out.push(...macroProviderFindings(d, mentions));
  if (mentions.missingHeaders.size > 0 && (d.facet === 'packages' || d.facet === 'toolchains') && d.kind !== 'added' && !rebuiltOnly(d))
    out.push(...missingHeaderFindings(d, mentions));
  if (mentions.installHints.size > 0 && (d.facet === 'packages' || d.facet === 'toolchains') && d.kind === 'removed')
    out.push(...installHintFindings(d, mentions));
  if (d.facet === 'packages' && d.kind === 'removed') out.push(...lostVersionFindings(d, mentions), ...lostDirectoryFindings(d, mentions));
  // "E: No such script: /usr/share/debootstrap/scripts/bionic": B's release of the package does not ship the file.
  if (d.facet === 'packages' && d.kind === 'changed' && !rebuiltOnly(d)) out.push(...lostDirectoryFindings(d, mentions));
  if (d.facet === 'packages' && d.kind === 'added') out.push(...gainedVersionFindings(d, mentions));
  if (d.facet === 'toolchains' && d.kind === 'removed') out.push(...lostDirectoryFindings(d, mentions));
  if (mentions.raisedIn.size > 0 && (d.facet === 'packages' || d.facet === 'toolchains') && d.kind === 'changed' && !rebuiltOnly(d)) {
    const name = packageName(d.key);
    const at = mentions.raisedIn.get(name) ?? mentions.raisedIn.get(name.replace(/-/g, '_'));
    if (at) out.push(finding(0.5, at, `the exception is raised in ${name}'s own code, which changed`));
  }
  // "Error relocating /usr/lib/chromium/chrome: …: symbol not found": the program the loader fails for is this
  // package's, and B has another build of it, which may need more than B's libraries give.
  if (mentions.newerObjects.size > 0) {
    const at = newerObjectFinding(d, mentions);
    if (at) out.push(at);
  }
  if (mentions.unloadable.size > 0 && (d.facet === 'packages' || d.facet === 'toolchains') && d.kind === 'changed') {
    const at = unloadableFinding(d, mentions);
    if (at) out.push(at);
  }
  // "Sub-process /usr/bin/sqv returned an error code": the failing program is this package's (one B added or changed).
  if (tool === undefined && d.facet === 'packages' && d.kind !== 'removed' && !rebuiltOnly(d)) {
    const at = mentions.programs.get(packageName(d.key));
    if (at?.error) out.push(finding(0.45, at, `an error line shows ${packageName(d.key)} at work`));
  }
  if (tool !== undefined) {
    // A patch release of the tool the error names changes less than a minor or major one would; a tool B lacks
    // altogether explains an error about it better than any release of one B has.
    const step = magnitudeOf(d)?.step;
    const scale = step === 'patch' || step === 'build' ? PATCH_NAMED : d.kind === 'removed' ? REMOVED_NAMED : 1;
    const phrase = mentions.phrases.get(phraseKey(tool));
    const named = phrase?.error
      ? finding(0.35 * dialectFactor(tool, phrase.line.body), phrase, `an error line names ${d.key}`)
      : (errorLineNaming(tool, mentions) ?? failingStepRunning(tool, mentions));
    if (named) out.push(scale !== 1 ? { ...named, weight: named.weight * scale } : named);
    // "WARNING:root:java does not seem to exist, required for closure compiler": a line saying the tool is not
    // there, warning or not, where B lacks it.
    if (d.kind === 'removed') {
      const absent = absenceFinding(tool, mentions);
      if (absent) out.push(absent);
    }
    // "parse-datetime.y:1212:1: warning", "conflicting types for 'yyerror'": the compiler fails in code this tool
    // wrote, and another release of it writes other code (or none, when B lacks it).
    const generated = mentions.generatedBy.get(tool);
    if (generated?.error && d.kind !== 'added')
      out.push(
        finding(
          0.7,
          generated,
          `the compiler fails in code ${d.key} generated, and B has ${d.kind === 'removed' ? 'none of it' : 'another release of it'}`,
        ),
      );
    // "arch/mips/include/asm/…", "arm-none-eabi-ld:": the build is for this cross compiler's target, so the C
    // diagnostics are this compiler's and not the host's.
    for (const w of crossTarget(tool)) {
      const at = mentions.words.get(w);
      if (at) {
        out.push(finding(0.3, at, `the log builds for ${w}, this cross compiler's target`));
        break;
      }
    }
  }
  return out;
}

function unloadableFinding(d: Difference, mentions: Mentions): Finding | undefined {
  // A packaging revision rebuilds the same program; and only the package's own name counts ("sqlite3" in a gem's
  // path is not libsqlite3-0's program).
  if (rebuiltOnly(d)) return undefined;
  const name = packageName(d.key);
  const version = versionOf(d.b).toLowerCase();
  for (const w of new Set([name, name.replace(/-\d[\w.]*$/, '')])) {
    if (w.length < 3) continue;
    // "julia-1.5.1": the directory of B's very version of it.
    const at = mentions.unloadable.get(w) ?? (version ? mentions.unloadable.get(`${w}-${version}`) : undefined);
    if (at) return finding(0.5, at, `the program the dynamic loader fails for is ${name}'s, and B has another version of it`);
  }
  return undefined;
}

/**
 * "ld: /lib64/libc.so.6: unknown type [0x13] section `.relr.dyn'" with glibc 2.35 -> 2.36: B's build of the library
 * carries sections (packed relative relocations) that the linker or strip reading it is too old to know.
 */
function newerObjectFinding(d: Difference, mentions: Mentions): Finding | undefined {
  if (d.kind !== 'changed' && d.kind !== 'added') return undefined;
  const at = isCLibraryVersion(d)
    ? mentions.newerObjects.get('c')
    : d.facet === 'packages' && !rebuiltOnly(d)
      ? packageWords(packageName(d.key))
          .filter((w) => w.length >= 3)
          .map((w) => mentions.newerObjects.get(w.replace(/^lib/, '')))
          .find((m) => m !== undefined)
      : undefined;
  return at
    ? finding(0.85, at, `B's build of this library has a section the tools reading it do not know: built by newer tools than they are`)
    : undefined;
}

/** The programs of one awk, sed or tar family: a log names the one it ran, a fingerprint the package or flavour. */
const PROGRAM_FAMILIES: Record<string, readonly string[]> = {
  awk: ['awk', 'gawk', 'mawk', 'nawk', 'original-awk', 'busybox'],
  sed: ['sed', 'gsed', 'gnu-sed', 'busybox'],
  tar: ['tar', 'gtar', 'gnu-tar', 'bsdtar', 'libarchive', 'busybox'],
  find: ['find', 'findutils', 'gfind', 'busybox'],
  patch: ['patch', 'gpatch', 'busybox'],
  grep: ['grep', 'ggrep', 'busybox'],
  make: ['make', 'gmake'],
  // Apple's linker answers as "ld" too: ld64, shipped with the Command Line Tools and Xcode.
  ld: ['ld', 'binutils', 'ld64', 'cctools'],
  mysqld: ['mysqld', 'mysql', 'mysql-server', 'mysql-community-server', 'mariadb', 'mariadbd', 'mariadb-server'],
};

/** GNU coreutils' programs: a log names the program, a fingerprint the package that ships it (or BusyBox's). */
const COREUTILS = new Set(
  'sha1sum sha224sum sha256sum sha384sum sha512sum md5sum b2sum base32 base64 basename cat chmod chown cp cut date dd df dirname du env expr head install ln ls mkdir mktemp mv nproc numfmt od paste printf readlink realpath rm sort split stat stdbuf tail tee timeout touch tr truncate uname uniq wc'.split(
    ' ',
  ),
);
const COREUTILS_PACKAGES = ['coreutils', 'uutils-coreutils', 'coreutils-single', 'busybox'];

/** `tar: unrecognized option '--sort=name'`: the program that rejected its call is this tool, package or captured command. */
function rejectedCallFindings(d: Difference, mentions: Mentions): Finding[] {
  const name =
    d.facet === 'toolchains' || d.facet === 'packages' ? packageName(d.key) : d.facet === 'custom' ? commandProgram(d.key) : undefined;
  if (name === undefined) return [];
  for (const [program, at] of mentions.rejectedBy) {
    const family = PROGRAM_FAMILIES[program] ?? (COREUTILS.has(program) ? [program, ...COREUTILS_PACKAGES] : [program]);
    if (program === name || family.includes(name) || PROGRAM_FAMILIES[name]?.includes(program) || COMMAND_PACKAGES[program]?.includes(name))
      return [finding(0.6, at, `${program} rejects how it is called: another version or flavour of it accepts that`)];
  }
  return [];
}

function errorLineNaming(tool: string, mentions: Mentions): Finding | undefined {
  // A name only in a path ("test-project/xamarin-ios/…") counts less than another spelling in the prose ("Xamarin.iOS").
  let inPath: Finding | undefined;
  for (const w of toolNames(tool).words) {
    if (BUILD_DRIVERS.has(w)) continue;
    const at = mentions.words.get(w);
    if (!at?.error) continue;
    const body = at.line.body;
    const lower = body.toLowerCase();
    // "clang: error: linker command failed": the driver reports the linker's failure, not its own.
    if (COMPILER_DRIVERS.has(w) && LINKER_FAILED.test(body)) continue;
    // "pandoc: Error producing PDF from TeX source.": the converter reports LaTeX's failure, printed below it.
    if (RELAYED[w]?.test(body)) continue;
    // "Getting requirements to build wheel", "Building wheel for PyYAML": pip's words for a package, not the wheel tool.
    if (NOT_THE_TOOL[w]?.test(body)) continue;
    // "-fuse-ld=mold", "--with-gcc=…": part of an option's name, the option names another tool.
    if (onlyInOptionNames(lower, w)) continue;
    // "https://gh.io/gha-cache-sunset": a site's host name, not the tool.
    if (onlyInUrlHosts(lower, w)) continue;
    // "unrs-resolver@npm:1.11.1": Yarn's descriptor names the registry protocol a package came from, not the npm tool.
    if (onlyAsProtocol(lower, w)) continue;
    // "at x.Client.unwrap(PulsarClientException.java:691)": every frame of a stack names its source file's language.
    if (onlyAsSourceExtension(body, w)) continue;
    // "code that C++ parser accepted", "a C++ exception": the language's name, capitalised, not the c++ command.
    if (w === 'c++' && !body.includes('c++')) continue;
    // "/build/node_modules/@parcel/watcher" shows where the failing file lives, not which tool failed;
    // the tool's own input file (docs/.Doxyfile, app/Gemfile) shows the tool at work wherever it lives.
    // "(node:internal/errors:985:15)", a stack frame in the runtime's own modules, is where the error passed, like a path.
    // So does a file named after the tool, its configuration: "…/images/fwup.conf:479: no such option".
    const path = !TOOL_FILE.test(w) && !namesOwnConfig(lower, w) && (onlyInPaths(lower, w) || onlyAsModuleScheme(body, w));
    // "DOT_UML_DETAILS", a setting of another tool: a variable's prefix names its tool more weakly than the name does.
    const prefix = !path && onlyAsVariablePrefix(body, w);
    // "java.lang.AssertionError", "python.tests.x": a namespace of the language names every error it raises.
    const namespace = !path && !prefix && onlyAsNamespace(body, w);
    // "ld" on clang's list names the linker first: another tool's own name counts less for this one.
    // "ld: multiple errors: …" is ld speaking: the linker's own complaint, the compiler's driver only ran it.
    // ("ld.lld: error:" is lld itself speaking.)
    const speaking = w !== tool && TOOL_NAMES[w] !== TOOL_NAMES[tool] && !w.split(/[.-]/).includes(tool) && speaks(body, w);
    // "clang" on the line of a gcc key: the two share a table of words, but name rival compilers.
    const rival = (GCC_KEYS.test(tool) && CLANG_KEYS.test(w)) || (CLANG_KEYS.test(tool) && GCC_KEYS.test(w));
    const other = speaking
      ? SPEAKING_TOOL
      : rival || (w !== tool && TOOL_NAMES[w] !== undefined && TOOL_NAMES[w] !== TOOL_NAMES[tool])
        ? OTHER_TOOL
        : 1;
    // "protoc-gen-go: unable to …" names protoc only as the first part of a plugin's own name.
    // "with linker `wasm-ld`" names ld only as the last part of another program's name (lld's wasm-ld).
    const part = !path && (onlyAsNamePart(lower, w) || onlyAsNameTail(lower, w));
    const weight = (path ? 0.3 * PATH_VERSION : prefix || namespace ? 0.2 : 0.3) * other * (part ? NAME_PART : 1);
    const where = path ? ' (in a path)' : prefix ? ' (in a variable name)' : namespace ? ' (in a class name)' : '';
    const named = finding(weight, at, `an error line names ${w}${where}`);
    if (!path) return named;
    inPath ??= named;
  }
  return inPath;
}

/** The line is the tool speaking: "ld: multiple errors", a cross tool's "x86_64-pc-linux-gnu-ld: error: …". */
function speaks(body: string, tool: string): boolean {
  const line = body.trimStart().toLowerCase();
  return line.startsWith(`${tool}: `) || (line.includes(`-${tool}: `) && new RegExp(`^${CROSS_TRIPLE}-${escapeRegExp(tool)}: `).test(line));
}

/** GCC's wording of a diagnostic: curly quotes, "(first use in this function)", "[-Werror=…]", cc1 and collect2. */
const GCC_DIALECT = /‘[^’]*’|\(first use in this function\)|\[-Werror=|\bcc1(?:plus)?: |\bcollect2: /;
/** Clang's: "use of undeclared identifier", "[-Werror,-W…]", its driver's own "clang: error:". */
const CLANG_DIALECT = /use of undeclared identifier|\[-Werror,-W|\bclang(?:\+\+)?: error:|\d+ errors? generated\./;
/** A diagnostic's words naming one compiler: "unsupported GNU version! gcc versions later than 8", "unsupported clang version!". */
const GCC_NAMED = /\b(?:gcc|g\+\+|GNU)\b/;
const CLANG_NAMED = /\bclang(?:\+\+)?\b/;
const GCC_KEYS = /^(?:gcc|g\+\+|gcc-\d+|g\+\+-\d+)$/;
const CLANG_KEYS = /^(?:clang|clang\+\+|clang-\d+|apple-clang|appleclang)$/;

/**
 * A C diagnostic worded the way only one compiler words it ("‘__ATOMIC_RELAXED’ undeclared (first use in this
 * function)" is GCC's; clang says "use of undeclared identifier"): the other compiler's release is less likely what
 * changed, though both are on the machine.
 */
function dialectFactor(tool: string, body: string): number {
  let gcc = GCC_DIALECT.test(body);
  let clang = CLANG_DIALECT.test(body);
  // In neither dialect, a diagnostic that names one compiler outside a path is about that one: CUDA's host_config.h
  // "#error -- unsupported clang version!" is clang's release, not gcc's.
  if (!gcc && !clang) {
    const words = body.replace(/\S*\/\S*/g, ' ');
    gcc = GCC_NAMED.test(words);
    clang = CLANG_NAMED.test(words);
  }
  if (gcc === clang) return 1;
  return (gcc && CLANG_KEYS.test(tool)) || (clang && GCC_KEYS.test(tool)) ? 0.6 : 1;
}

/** A shared library's bare name ("libcrypto.so.1.1" -> crypto) on an error line, not inside a path. */
function errorLineNamingLibrary(soname: string, mentions: Mentions): Finding | undefined {
  const bare = /^lib([a-z][\w+-]*?)(?:[-.]\d[\w.]*)?\.so\b/i.exec(soname)?.[1]?.toLowerCase();
  if (!bare || bare.length < 4 || TOOL_NAMES[bare] !== undefined) return undefined;
  const at = mentions.words.get(bare);
  if (!at?.error || onlyInPaths(at.line.body.toLowerCase(), bare)) return undefined;
  return finding(0.45, at, `an error line names ${bare}, the library B lacks (${soname})`);
}

/** A tool named on an error line by another tool's own name (clang by "ld", node by "npm"): it counts this much. */
const OTHER_TOOL = 0.85;
/** The same, where the other tool is the one speaking ("ld: error: …"): its own message, not this tool's. */
const SPEAKING_TOOL = 0.6;
const COMPILER_DRIVERS = new Set(['gcc', 'g++', 'cc', 'c++', 'clang', 'clang++', 'collect2']);
// rustc's "linking with `cc` failed" names the driver it links with; "invalid linker name in argument
// '-fuse-ld=mold'" is the linker the build asks for, missing.
const LINKER_FAILED =
  /linker command failed|\bld returned \d+ exit status|\blinking with `[\w.+-]+` failed|invalid linker name in argument/;

/** Tools' words for another program's failure, which they only pass on. */
// "##[error]Node run failed with exit code 1" is the Actions runner's word for a JavaScript action that failed.
/** Words of a tool's name in phrases about something else. */
const NOT_THE_TOOL: Readonly<Record<string, RegExp>> = {
  wheel: /\b(?:build(?:ing)?|built|to build) wheels?\b|\bwheels? for \S+/i,
};

const RELAYED: Readonly<Record<string, RegExp>> = {
  pandoc: /\bError producing PDF\b/,
  node: /\bNode run failed with exit code\b/,
  // "arch/arm64/Makefile:173: recipe for target 'vmlinuz.efi' failed": make reports that a recipe's command failed.
  makefile: /\brecipe for target\b.*\bfailed\b/,
  // RubyGems reports the extension's compile failure, ninja a failed edge's command, pip a build backend's exit.
  gem: /\bFailed to build gem native extension\b/,
  ninja: /^\s*FAILED: |\bbuild stopped: subcommand failed\b/,
  pip: /\bis likely not a problem with pip\b/,
  // curl reports what the network and the server answered: a name not resolved (6), no connection (7), an HTTP error
  // status (22), a timeout (28). Its TLS and certificate errors (35, 60, 77) can be curl's own build.
  curl: /\bcurl: \((?:6|7|22|28)\) /,
};

/** A tool's own input file, as its table names it: doxyfile, gemfile, pom.xml, cargo.toml, package-lock.json. */
const TOOL_FILE = /^\.?[a-z][\w-]*(?:file|\.(?:xml|toml|json|ya?ml|lock|gradle|kts|cfg|conf|mod|sum|txt))$/;

/** A file the line names after the tool, as its configuration ("fwup.conf", ".yamllint.yml", ".eslintrc"). */
function namesOwnConfig(lower: string, tool: string): boolean {
  const t = escapeRegExp(tool);
  return new RegExp(`(?:^|[/\\\\\\s'"\`])\\.?${t}(?:\\.(?:conf|cfg|toml|ya?ml|json|ini)|rc(?:\\.\\w+)?)(?![\\w.])`).test(lower);
}

/**
 * Programs that run the project's own code or build (a compiler, a runtime, a build or test driver, a
 * package installer): when their step fails, what they ran failed, not they. The failing step names a
 * tool only when it is a tool of its own (cosign, rpm, helm, gpg).
 */
const DRIVERS = new Set([
  ...BUILD_DRIVERS,
  ...['mvn', 'mvnw', 'gradle', 'gradlew', 'sbt', 'ant', 'bazel', 'cargo', 'go', 'dotnet', 'msbuild', 'ctest', 'swift', 'xcodebuild'],
  ...['npm', 'npx', 'yarn', 'pnpm', 'bun', 'node', 'deno', 'python', 'python3', 'pip', 'pip3', 'pytest', 'tox', 'nox', 'uv'],
  ...['ruby', 'bundle', 'rake', 'gem', 'php', 'composer', 'java', 'perl', 'docker', 'podman', 'gcc', 'g++', 'cc', 'clang', 'rustc'],
  // Package managers install what the step asks for: a failure there is about the packages and their sources.
  ...['apt', 'apt-get', 'dnf', 'microdnf', 'yum', 'apk', 'zypper', 'pacman', 'brew', 'conda', 'mamba', 'choco', 'winget'],
]);

/** The failing step's program, when it is a tool of its own rather than a driver of the project's build. */
function failingTool(mentions: Mentions): Mentions['failingCommand'] {
  const step = mentions.failingCommand;
  return step && !DRIVERS.has(step.program) ? step : undefined;
}

/** Words that say a program is not there, after its name: "java does not seem to exist", "xelatex: not found". */
const ABSENT_AFTER_NAME =
  /^[\s:'"`]{0,3}(?:[^.;!?]{0,40}?\b)?(?:does not (?:seem to )?exist|(?:was |could )?not (?:be )?found|is not installed|is missing|is not available|cannot be found)\b/i;

/** A line that names one of the tool's words and then says it is not there. */
function absenceFinding(tool: string, mentions: Mentions): Finding | undefined {
  for (const w of toolNames(tool).words) {
    if (w.length < 3 || BUILD_DRIVERS.has(w)) continue;
    const at = mentions.words.get(w);
    if (!at) continue;
    const body = at.line.body.toLowerCase();
    const i = body.search(new RegExp(`(?<![\\w./-])${escapeRegExp(w)}(?![\\w/-])`));
    if (i >= 0 && ABSENT_AFTER_NAME.test(body.slice(i + w.length)))
      return finding(0.75, at, `the log says ${w} is not there, and B lacks it`);
  }
  return undefined;
}

/** The failing step runs this tool (`$ cosign verify …` above "Error: no matching signatures"). */
function failingStepRunning(tool: string, mentions: Mentions): Finding | undefined {
  const step = failingTool(mentions);
  return step && toolNames(tool).words.includes(step.program) ? finding(0.3, step.at, `the failing step runs ${step.program}`) : undefined;
}

/** A package key without its architecture ("libc6:amd64" -> libc6), lower case. */
function packageName(key: string): string {
  return key.toLowerCase().replace(/:[a-z0-9]+$/, '');
}

/**
 * A C library's namespace: `mysql_ssl_set`, `xmlFree` (lower case up to '_' or the first capital),
 * `SDL_Init`, `BZ2_bzopen` (capitals up to '_'), `LLVMBuildGEP` (capitals up to a capitalised word).
 */
const LIBRARY_PREFIX = /^_*(?:([a-z][a-z0-9]*)(?:_|(?=[A-Z]))|([A-Z][A-Z0-9]+)(?:_|(?=[A-Z][a-z])))/;

/** A mangled C++ name inside a namespace: "_ZN7httplib6Client…", "_ZNK5boost…" (not the standard library's "_ZNSt…"). */
const MANGLED_NAMESPACE = /^_ZN[KVRO]*\d/;

/** The outermost namespace of a mangled C++ name: "_ZN7httplib6Client19set_default_headers…" -> "httplib". */
function mangledNamespace(symbol: string): string | undefined {
  const m = /^_ZN[KVRO]*(\d+)/.exec(symbol);
  return m ? symbol.slice(m[0].length, m[0].length + Number(m[1])) : undefined;
}

/**
 * `call to undeclared function 'mysql_ssl_set'` while mysql-client moved 8.2 -> 8.3: a library's function,
 * named by the library's prefix, that B's version of the library no longer declares (or not yet).
 */
function librarySymbolFindings(d: Difference, mentions: Mentions): Finding[] {
  const name = packageName(d.key);
  const names = new Set(packageWords(name).filter((w) => w.length >= 3 && /^[a-z][a-z0-9]*$/.test(w)));
  // "open-mpi", "openmpi" declare MPI_*, "openldap" ldap_*: a library named for an open implementation of an API.
  for (const n of [...names, ...name.split(/[-_.]/)]) {
    const api = /^open-?([a-z]{3,})$/.exec(n)?.[1] ?? (n !== name && /^[a-z]{3,}$/.test(n) ? n : undefined);
    if (api && !PACKAGE_PART_WORD.test(api)) names.add(api);
  }
  if (names.size === 0) return [];
  // "libmysqlclient" declares MYSQL_*, "libxml2" xml*: a library's stem begins with its symbols' prefix.
  const stems = [...names].filter((w) => w.startsWith('lib') && w.length > 5).map((w) => w.slice(3));
  // The -dev package ships the headers whose declarations the compiler read.
  const weight = DEV_PACKAGE.test(name) ? 0.7 : 0.6;
  for (const [symbol, at] of mentions.missingSymbols) {
    const prefix = LIBRARY_PREFIX.exec(symbol);
    const namespace = MANGLED_NAMESPACE.test(symbol) ? mangledNamespace(symbol) : undefined;
    const word = (namespace ?? prefix?.[1] ?? prefix?.[2])?.toLowerCase();
    // A mangled name runs to hundreds of characters: its namespace says whose it is.
    const shown = namespace ? `${namespace}::…` : symbol;
    // `AVCodecParameters` and libavcodec: a type named after its library, glued to the rest of the name.
    const lower = symbol.toLowerCase();
    const owned =
      (word && word.length >= 3 && (names.has(word) || stems.some((s) => s.startsWith(word)))) ||
      [...names].some((n) => n.length >= 4 && lower.startsWith(n));
    const named = SYMBOL_OWNERS.find(([re]) => re.test(symbol))?.[1];
    if (owned || (named && names.has(named)) || (OPENSSL_SYMBOL.test(symbol) && [...names].some((n) => OPENSSL_NAMES.has(n))))
      return [
        {
          ...finding(
            weight,
            at,
            d.kind === 'removed'
              ? `the build uses ${shown}, which this library declares, and B does not have it`
              : d.kind === 'added'
                ? `the build uses ${shown}, which this library declares, and only B has it for a configure to find`
                : `the build uses ${shown}, which this library declares, and B's version declares otherwise or not at all`,
          ),
          declares: true,
        },
      ];
  }
  return [];
}

/**
 * OpenSSL's namespaces, shorter than its name or not its name at all (EVP_, BN_, X509_, DH), and the structs
 * 1.1 made opaque (dh_st, rsa_st, evp_cipher_ctx_st): a package called openssl, libssl or libcrypto declares them.
 */
const OPENSSL_SYMBOL =
  /^(?:(?:SSL|EVP|BN|X509|RSA|DH|DSA|EC|ECDSA|ECDH|HMAC|CRYPTO|OPENSSL|PEM|ASN1|BIO|ERR|OBJ|PKCS\d*|ENGINE|OSSL)(?:_\w*)?|(?:ssl|evp|bn|x509|rsa|dh|dsa|ec|hmac|bio)_\w*st)$/;
const OPENSSL_NAMES = new Set(['openssl', 'libssl', 'ssl', 'libcrypto', 'crypto']);

/** C APIs whose prefix is not their package's name: NumPy's (PyArray_Descr, NPY_ARRAY_C_CONTIGUOUS, npy_intp). */
const SYMBOL_OWNERS: ReadonlyArray<readonly [RegExp, string]> = [
  [/^(?:PyArray|PyUFunc|NPY|npy)_/, 'numpy'],
  // GLib's types and functions: GTimeVal, GHashTable, g_get_current_time.
  [/^(?:G[A-Z][a-z]\w*|g_[a-z]\w*)$/, 'glib'],
  // terminfo's functions, which ncurses (or its libtinfo) provides: a GHC or vim binary calls set_curterm, tgetent.
  [
    /^(?:set_curterm|del_curterm|setupterm|tgetent|tgetstr|tgetnum|tgetflag|tgoto|tputs|tigetstr|tigetnum|tigetflag|tparm|initscr|endwin|newterm)$/,
    'ncurses',
  ],
  // HDF5's interfaces by letter: H5Fopen (files), H5Oget_info3 (objects), H5T_NATIVE_INT (types).
  [/^H5[A-Z]{0,2}(?:_[A-Z]|[a-z])/, 'hdf5'],
];

/** Parts of package names that name what kind of package it is, never whose symbols: "-dev", "-common". */
const PACKAGE_PART_WORD =
  /^(?:dev|devel|common|bin|lib|libs|utils|tools|data|doc|runtime|headers|core|base|static|shared|open|client|server|python|perl|ruby|node)$/;

// "libssl-dev", "postgresql-server-dev-9.2": a development package, its series after it or not.
const DEV_PACKAGE = /-(?:dev|devel)(?:-\d[\w.]*)?$/;

/**
 * The compiler's note points at a declaration in this library's header ("/usr/include/poppler/GfxState.h: note:
 * candidate: …"): the call was written for another release of the library, whose API B's version changed.
 */
function declaredInFindings(d: Difference, mentions: Mentions): Finding[] {
  const name = packageName(d.key);
  for (const word of packageWords(name)) {
    const at = word.length >= 3 ? mentions.declaredIn.get(word) : undefined;
    if (!at) continue;
    const whose = d.kind === 'changed' ? "B's version declares otherwise" : `only ${d.kind === 'removed' ? 'A' : 'B'} has this package of`;
    // The -dev package ships the headers; the library's runtime package only follows its version.
    return [finding(DEV_PACKAGE.test(name) ? 0.7 : 0.6, at, `the compiler points at ${word}'s header, which ${whose}`)];
  }
  return [];
}

/**
 * "ENABLE_GTK_DOC does not appear in AM_CONDITIONAL" with gtk-doc-tools gone: an autoconf name carries the name of the
 * package whose .m4 file defines it (GTK_DOC, PKG_…_PKG_CONFIG, AM_PATH_GLIB).
 */
function macroProviderFindings(d: Difference, mentions: Mentions): Finding[] {
  const words = packageWords(packageName(d.key))
    .map((w) => w.replace(/-/g, '_'))
    .filter((w) => w.length >= 4 && !/^(?:auto\w*|make|tools?|utils)$/.test(w));
  for (const [macro, at] of mentions.unexpandedMacros) {
    const word = words.find((w) => new RegExp(`(?:^|_)${escapeRegExp(w)}(?:_|$)`).test(macro));
    if (word)
      return [finding(d.kind === 'removed' ? 0.7 : 0.35, at, `${macro.toUpperCase()} is ${word}'s macro, which aclocal did not find on B`)];
  }
  return [];
}

/**
 * "fatal error: proj_api.h: No such file or directory" while libproj-dev moved 6 -> 8: the header is this library's,
 * and B's version (or B without the package) does not ship it.
 */
function missingHeaderFindings(d: Difference, mentions: Mentions): Finding[] {
  const name = packageName(d.key);
  for (const word of packageWords(name)) {
    const at = word.length >= 3 ? mentions.missingHeaders.get(word) : undefined;
    if (at) {
      const what =
        d.kind === 'removed'
          ? `B does not have this ${d.facet === 'toolchains' ? 'tool' : 'package'}`
          : `B's version of this ${d.facet === 'toolchains' ? 'tool' : 'library'} does not ship it`;
      return [finding(DEV_PACKAGE.test(name) ? 0.7 : 0.55, at, `the compiler cannot find ${word}'s header: ${what}`)];
    }
  }
  return [];
}

/** A proxy setting for one scheme: mirrors' proxy.https, the environment's https_proxy / HTTPS_PROXY. */
const PROXY_SCHEME = /^(?:proxy\.(https?)|(https?)_proxy)$/i;

/** A TLS client's failure: the handshake, the certificate path, the certificate itself. */
const TLS_FAILURE =
  /\b(?:SSLHandshakeException|SSLException|PKIX path|certificate verify failed|x509: certificate|SSL certificate problem|TLS handshake|invalid (?:peer )?certificate|unable to get local issuer certificate)/i;

/** B sends https through a proxy A did not use, and the failing requests are https ones. */
function proxiedSchemeFindings(d: Difference, mentions: Mentions): Finding[] {
  const m = PROXY_SCHEME.exec(d.key);
  const scheme = (m?.[1] ?? m?.[2])?.toLowerCase();
  if (!scheme || (d.facet === 'mirrors') !== d.key.startsWith('proxy.')) return [];
  const url = new RegExp(`\\b${scheme}://`, 'i');
  for (const at of mentions.lines) {
    if (at.error && url.test(at.line.body)) return [finding(0.35, at, `the failing requests are ${scheme}, which B sends through a proxy`)];
  }
  // "SSLHandshakeException: … PKIX path building failed": a TLS failure is an https request, whatever URL it had.
  if (scheme === 'https') {
    for (const at of mentions.lines) {
      if (at.error && TLS_FAILURE.test(at.line.body))
        return [finding(0.3, at, 'the failing requests are TLS ones, which B sends through a proxy')];
    }
  }
  return [];
}

/** Variables a tool reads as its own settings: npm_config_msvs_version is npm's msvs_version, PIP_INDEX_URL pip's index-url. */
const TOOL_SETTING_VARIABLE = /^(?:npm_config_|yarn_|pip_|poetry_|uv_|cargo_|bundle_|composer_|gradle_opts_)(\w{4,})$/i;

const WHERE_SETTINGS = /^(?:home|path|root|prefix|cache|config|bin|userconfig|globalconfig|(?:\w+_)?(?:dir|path|home))$/;

/** A switch's off value: COREPACK_ENABLE_NETWORK=0, HOMEBREW_INSTALL_FROM_API=false. */
const SWITCHED_OFF = /^(?:0|false|no|off|disabled?)$/i;
/** A log saying something is off: "Network access disabled by the environment". */
const SAYS_DISABLED = /\bdisabled\b|\bturned off\b|\bnot enabled\b/i;
/** The words of a switch's name that say how, not what: ENABLE_, _DISABLE, NO_, SKIP_, ALLOW_. */
const SWITCH_WORDS = new Set(['enable', 'enabled', 'disable', 'disabled', 'no', 'skip', 'allow', 'use', 'with', 'without']);

/**
 * COREPACK_ENABLE_NETWORK=0 on B, and an error line says "Network access disabled by the environment": the line names
 * what the switch controls (a word of its name after the tool's prefix) and says it is off.
 */
function switchedOffFindings(d: Difference, mentions: Mentions): Finding[] {
  if (typeof d.b !== 'string' || !SWITCHED_OFF.test(d.b) || (typeof d.a === 'string' && SWITCHED_OFF.test(d.a))) return [];
  const words = d.key
    .toLowerCase()
    .split('_')
    .slice(1)
    .filter((w) => w.length >= 4 && !SWITCH_WORDS.has(w));
  if (words.length === 0) return [];
  const named = new RegExp(`\\b(?:${words.map(escapeRegExp).join('|')})\\b`, 'i');
  const at = mentions.lines.find((l) => l.error && SAYS_DISABLED.test(l.line.body) && named.test(l.line.body));
  return at ? [finding(0.8, at, `an error line says ${words.join(' ')} is disabled, which B's ${d.key}=${d.b} turns off`)] : [];
}

/**
 * PUB_CACHE unset on B, and an error line naming "C:\\Users\\…\\Pub\\Cache\\hosted\\…": a path whose directories spell
 * the variable's name is the place the tool falls back to without it (flutter/flutter#142893).
 */
function defaultLocationFindings(d: Difference, mentions: Mentions): Finding[] {
  if (d.kind !== 'removed') return [];
  const parts = d.key.toLowerCase().split('_');
  if (parts.length < 2 || parts.some((p) => p.length < 3)) return [];
  const spelled = new RegExp(`[\\\\/]${parts.join('[\\\\/]')}[\\\\/]`, 'i');
  const seen = mentions.lines.filter((l) => spelled.test(l.line.body));
  const at = seen.find((l) => l.error) ?? seen[0];
  return at ? [finding(at.error ? 0.6 : 0.5, at, `the log names ${parts.join('/')}, where tools look without ${d.key}`)] : [];
}

/** A tool saying its environment variables are gone: "We can't find the necessary environment variables…". */
const VARIABLES_MISSING =
  /\b(?:can't|cannot|could not|couldn't|unable to) find (?:the )?(?:necessary |required )?environment variables?\b|\benvironment variables? (?:is|are) (?:not set|missing)\b/i;

/**
 * FNM_DIR and FNM_MULTISHELL_PATH gone on B, and fnm says it cannot find its environment variables: the tool that
 * names the variables' prefix ("fnm use") complains of exactly what `eval "$(fnm env)"` would have set.
 */
function toolVariablesMissingFindings(d: Difference, mentions: Mentions): Finding[] {
  if (d.kind !== 'removed') return [];
  const prefix = /^([A-Z][A-Z0-9]{1,})_/.exec(d.key)?.[1]?.toLowerCase();
  if (!prefix || prefix.length < 3 || !mentions.words.has(prefix)) return [];
  const at = mentions.lines.find((l) => l.error && VARIABLES_MISSING.test(l.line.body));
  return at ? [finding(0.8, at, `${prefix} cannot find its environment variables, and B does not set ${d.key}`)] : [];
}

/** "msvs_version was set from command line or npm config": an error line names the setting this variable sets. */
function toolSettingFindings(d: Difference, mentions: Mentions): Finding[] {
  const setting = TOOL_SETTING_VARIABLE.exec(d.key)?.[1]?.toLowerCase();
  // CARGO_HOME, PIP_CACHE_DIR: where the tool keeps its files, a word every path under them prints.
  if (!setting || WHERE_SETTINGS.test(setting)) return [];
  for (const name of new Set([setting, setting.replace(/_/g, '-')])) {
    const at = mentions.words.get(name);
    if (at?.error) return [finding(0.6, at, `an error line names ${name}, the setting ${d.key} sets`)];
  }
  return [];
}

/**
 * "You need to install the perl-doc package", "Please install libicu": the log asks for what B lacks. The name
 * asked for may leave off a version or a -dev suffix (libicu for libicu74, libpq for libpq-dev).
 */
function installHintFindings(d: Difference, mentions: Mentions): Finding[] {
  const name = packageName(d.key);
  // "python3.6-venv" is what "install the python3-venv package" means on a system whose Python is 3.6.
  const unversioned = name.replace(/^([a-z]+\d+)\.\d+(?=-)/, '$1');
  for (const [hint, at] of mentions.installHints) {
    if (hint.length < 3) continue;
    if (name === hint || unversioned === hint || (name.startsWith(hint) && /^[\d.-]/.test(name.slice(hint.length))))
      return [finding(0.65, at, `the log asks to install ${hint}, which B does not have`)];
  }
  return [];
}

/** An error line saying a file is not there (in the languages MSBuild, make and compilers are translated into). */
const FILE_NOT_FOUND =
  /\b(?:not found|No such (?:file|script)|cannot find|could not find|does not exist|missing|nicht gefunden|introuvable|no se encontró|não foi localizado|não encontrado)\b|找不到/i;

/**
 * "The imported project "/usr/lib/mono/msbuild/Current/bin/Roslyn/Microsoft.CSharp.Core.targets" was not found" with
 * mono-roslyn gone: a file an error line cannot find lies in a directory named after a package B lacks.
 */
function lostDirectoryFindings(d: Difference, mentions: Mentions): Finding[] {
  const name = packageName(d.key);
  // Distinctive parts only: "roslyn", not "mono" or "lib", which name directories of many packages; and the whole
  // name ("python3.7"), or what follows a runtime's prefix ("erlang-os_mon" -> os_mon, an application of its own).
  const own = /^(?:erlang|python3?|perl|ruby|r-cran|r-bioc)-([\w.+-]{4,})$/.exec(name)?.[1];
  const parts = [
    ...name.split(/[-_.]/).filter((p) => p.length >= 5 && !/^(?:common|utils?|tools|devel?|python\d*|runtime)$/.test(p)),
    ...(name.length >= 5 && /\d/.test(name) ? [name] : []),
    ...(own ? [own] : []),
  ];
  // The cheap test first: a part the log names on an error line at all (paths are split into words too).
  if (!parts.some((p) => mentions.words.get(p)?.error)) return [];
  const inPath = parts.map((p) => new RegExp(`[/\\\\]${escapeRegExp(p)}[/\\\\]`, 'i'));
  if (d.kind === 'changed') {
    // The package is there in another release: only the very path the error cannot find counts, not the
    // program's own path on the line ("…/emulator/qemu-system-armel: … libpulse.so.0: … No such file").
    const at = mentions.lines.find((l) => l.error && inPath.some((re) => re.test(missingPathOf(l.line.body))));
    return at ? [finding(0.55, at, `an error line cannot find a file under a directory of ${name}, which B's release does not ship`)] : [];
  }
  const at = mentions.lines.find((l) => l.error && FILE_NOT_FOUND.test(l.line.body) && inPath.some((re) => re.test(l.line.body)));
  if (at) return [finding(0.65, at, `an error line cannot find a file under a directory of ${name}, which B lacks`)];
  // "os_mon: Missing application directory.": the error is about the part itself, by name.
  const subject = own ? new RegExp(`(?:^|[\\s"'{(])${escapeRegExp(own)}: [^:]*${FILE_NOT_FOUND.source}`, 'i') : undefined;
  const said = subject && mentions.lines.find((l) => l.error && subject.test(l.line.body));
  return said ? [finding(0.65, said, `an error line says ${own} is missing, which ${name} provides and B lacks`)] : [];
}

/** The path written right before or right after a not-found phrase ("E: No such script: /usr/share/x/y"); '' when none. */
function missingPathOf(body: string): string {
  const m = FILE_NOT_FOUND.exec(body);
  if (!m) return '';
  const before = /([^\s'"`]+)['"`]?[:\s]*$/.exec(body.slice(0, m.index))?.[1] ?? '';
  const after = /^[:\s]*['"`]?([^\s'"`]+)/.exec(body.slice(m.index + m[0].length))?.[1] ?? '';
  return [before, after].filter((p) => /[/\\]/.test(p)).join(' ');
}

/** A preprocessor guard that asks something of the C library. */
const C_LIBRARY_GUARD = /#error\b.*\b(?:libc|glibc|musl|C library)\b/;
/** The C library naming itself: "the GNU C Library", "glibc 2.34", "glibc headers". */
const C_LIBRARY_NAMED = /\bthe GNU C Library\b|\bglibc (?:\d|headers?\b)/i;
/** Packages that ship the C library's headers: glibc's, musl's, and Cygwin's (newlib's, in the cygwin package). */
const C_LIBRARY_HEADERS_PACKAGE = /^(?:libc6-dev|libc-dev|glibc-devel|glibc-headers|musl-dev|cygwin|newlib)(?::\w+)?$/;
/** Runtimes by the prefix of their C API's symbols, and the keys a fingerprint lists them under. */
const RUNTIME_SYMBOLS: ReadonlyArray<readonly [RegExp, RegExp, string]> = [
  [/^(?:R_|Rf_)\w/, /^(?:r|r-base(?:-core|-dev)?|r-devel|r-core)$/i, 'R'],
  [/^_?Py[A-Z_]\w/, /^(?:python[23]?(?:\.\d+)?|cpython|libpython[\d.]*(?:-dev)?|python[\d.]*-(?:dev|devel|minimal))$/i, 'Python'],
  [/^(?:rb|ruby)_\w/, /^(?:ruby(?:[\d.]+)?|libruby[\d.]*|ruby[\d.]*-dev)$/i, 'Ruby'],
  [/^(?:lua|luaL|luaJIT)_\w/, /^(?:lua(?:[\d.]+)?|luajit|liblua[\d.]*(?:-dev)?)$/i, 'Lua'],
  [/^(?:Perl|PL)_\w/, /^(?:perl(?:-base)?|libperl[\d.]*)$/i, 'Perl'],
  [/^napi_\w/, /^(?:node|nodejs)$/i, 'Node.js'],
  [/^jl_\w/, /^julia$/i, 'Julia'],
  [/^caml_\w/, /^(?:ocaml|ocaml-base-compiler)$/i, 'OCaml'],
  [/^enif_\w/, /^(?:erlang|erlang-base|erts)$/i, 'Erlang'],
  [/^_?zend_\w/, /^(?:php(?:[\d.]+)?(?:-dev|-cli)?)$/i, 'PHP'],
];

// The loader's words only (glibc's, dyld's): mentions.missingSymbols also holds what a compile or link lacked.
const UNDEFINED_SYMBOL = /\b(?:undefined symbol|Symbol not found):? _?([A-Za-z]\w+)/;

/**
 * "cli.so: undefined symbol: R_getVarEx": a compiled extension wants its runtime's own API (R_, Py, rb_…), and the
 * runtime it was loaded into has no such function: built for another release of that runtime.
 */
function runtimeSymbolFindings(d: Difference, mentions: Mentions): Finding[] {
  const runtime = RUNTIME_SYMBOLS.find(([, key]) => key.test(packageName(d.key)));
  if (!runtime || d.kind !== 'changed') return [];
  for (const l of mentions.lines) {
    const symbol = UNDEFINED_SYMBOL.exec(l.line.body)?.[1];
    if (symbol && runtime[0].test(symbol))
      return [finding(0.8, l, `${symbol} is ${runtime[2]}'s own API: the extension was built for another release of it`)];
  }
  return [];
}

/** What ships an Apple SDK: Xcode, its command line tools, the Apple clang they bring, a captured look at the SDK. */
const APPLE_SDK_OWNER = /xcode|command.?line.?tools|^clt$|^(?:apple-)?clang$|\bsdk\b|xcrun/i;
/** A diagnostic located in a file inside Xcode's or the command line tools' SDKs (or a module build it set off there). */
const APPLE_SDK_DIAGNOSTIC =
  /(?:Xcode[\w.-]*\.app\/Contents\/Developer|\/Library\/Developer\/CommandLineTools)\/[^\s:]*\/SDKs\/[^\s:]+:\d+:\d+: (?:(?:fatal )?error: |note: while building module\b)/;
/** A compiler's note or error located in a C standard header under /usr/include (stdlib.h, not zlib.h). */
const C_STANDARD_HEADER_NOTE =
  /\/usr\/include\/(?:stdlib|stdio|string|strings|unistd|math|time|signal|fcntl|stdint|inttypes|errno|wchar|ctype|locale|pthread|dirent|limits|setjmp|sched|search|termios|malloc|netdb|poll)\.h:\d+(?::\d+)?: (?:note|error): /;
/**
 * A diagnostic traced into glibc's headers: "note: expanded from macro '__glibc_const_generic'", or a note or error
 * located in its sys/ and bits/ headers (nvcc's "bits/mathcalls.h(79): error: …" too). A new glibc's headers (2.43's
 * const-preserving strchr, 2.41's cospi) trip a compiler that compiled the same code against the old ones.
 */
const GLIBC_HEADER_NOTE =
  /\bnote: expanded from macro '__glibc_\w+'|\/usr\/include\/(?:[\w-]+\/)?(?:sys|bits)\/[\w-]+\.h(?::\d+:\d+:|\(\d+\):) (?:note|error|warning): /;

/** An absolute directory of two parts or more ("/usr/local", "C:\\hostedtoolcache"), not a list of them. */
const DIRECTORY_VALUE = /^(?:\/[^/\s:;]+(?:\/[^/\s:;]+)+|[A-Za-z]:\\[^\\\s;]+(?:\\[^\\\s;]+)*)[/\\]?$/;

/**
 * "ld: warning: directory not found for option '-L/usr/local/opt/libzip/lib'" with Homebrew's prefix moved from
 * /usr/local to /opt/homebrew: the build still looks under A's directory, which B no longer uses. Any fact
 * whose value is a directory (JAVA_HOME, ANDROID_HOME, a prefix) moves the same way.
 */
function movedDirectoryFindings(a: string, b: string, mentions: Mentions): Finding[] {
  // A's directory has two parts or more, so that a path under it names it; B's may be one ("/root").
  if (!DIRECTORY_VALUE.test(a) || !(DIRECTORY_VALUE.test(b) || /^\/[^/\s:;]+\/?$/.test(b))) return [];
  const from = a.replace(/[/\\]+$/, '');
  const to = b.replace(/[/\\]+$/, '');
  if (from === to || to.startsWith(from) || from.startsWith(to)) return [];
  // The directory itself or a path under it, as a whole path ("-L/usr/local/opt/…" too): not "/opt/usr/local"
  // nor "/usr/localstore".
  const under = new RegExp(`(?:^|[^\\w./\\\\-]|-[A-Za-z])${escapeRegExp(from)}(?:[/\\\\]|(?![\\w.-]))`);
  // The cheap test first: most lines name no path under it at all.
  const at = mentions.lines.find(
    (l) => l.line.body.includes(from) && FILE_NOT_FOUND.test(l.line.body) && under.test(l.line.body) && !l.line.body.includes(to),
  );
  return at ? [finding(0.75, at, `the log cannot find a path under ${from}, A's directory; B has ${to}`)] : [];
}

/**
 * "We expected the binary to be installed here: /root/.cache/Cypress/…" and "…not caching this path:
 * /home/bamboo/.cache/Cypress": paths under A's directory and under B's in one failing log. What was set up under
 * one (a cache, an install) is looked for under the other.
 */
function bothDirectoriesFindings(a: string, b: string, mentions: Mentions): Finding[] {
  const one = /^\/[^/\s:;]+(?:\/[^/\s:;]+)*\/?$/;
  if (!one.test(a) || !one.test(b)) return [];
  const [from, to] = [a.replace(/\/+$/, ''), b.replace(/\/+$/, '')];
  if (from === to || to.startsWith(`${from}/`) || from.startsWith(`${to}/`) || SHARED_DIRECTORIES.has(from) || SHARED_DIRECTORIES.has(to))
    return [];
  // A path under the directory, as a whole path: "/root/.cache", not "/rootfs" nor "/usr/root/x"; the same place
  // under both (".cache/Cypress"), not two unrelated paths that happen to sit under A's and B's directories.
  const places = (dir: string) => {
    const under = new RegExp(`(?:^|[^\\w./\\\\-])${escapeRegExp(dir)}/([\\w.-]+(?:/[\\w.-]+)?)`, 'g');
    const found = new Map<string, Mention>();
    for (const l of mentions.lines) {
      if (!l.line.body.includes(dir)) continue;
      for (const m of l.line.body.matchAll(under)) if (!found.has(m[1]!)) found.set(m[1]!, l);
    }
    return found;
  };
  const [inA, inB] = [places(from), places(to)];
  const shared = [...inA.keys()].find((p) => inB.has(p));
  if (shared === undefined || !mentions.lines.some((l) => l.error)) return [];
  return [
    finding(
      0.6,
      inA.get(shared)!,
      `the log shows ${shared} under both A's ${from} and B's ${to}: what was set up under one is looked for under the other`,
    ),
  ];
}

/** Directories every machine has, whose paths say nothing of one side's setting. */
const SHARED_DIRECTORIES = new Set(['/tmp', '/usr', '/usr/local', '/opt', '/var', '/etc', '/bin', '/usr/bin', '/home']);

/** A version precise enough to name one release: three or more parts ("24.0.8215888", "3.22.1"). */
const PRECISE_VERSION = /^\d+(?:\.\d+){2,}$/;

/**
 * "NDK at …/sdk/ndk/24.0.8215888 did not have a source.properties file": an error line names the package
 * B lacks by its name and the very version A has, so the build looked for that installation.
 */
function lostVersionFindings(d: Difference, mentions: Mentions): Finding[] {
  const version = loggedVersion(d.a, mentions);
  if (!version) return [];
  const names = versionedNames(d, version);
  // The failure is about the package ("NDK is not installed") where the version itself sits on a context line.
  if (!names.some((n) => mentions.words.get(n)?.error)) return [];
  const at = lineNamingAt(names, version, mentions, false);
  return at ? [finding(0.7, at, `the log names ${packageName(d.key)} at ${version}, A's version, which B lacks`)] : [];
}

/**
 * "-- Found SDL3::SDL3 v3.4.10" with sdl3 3.4.10 only on B: the build picked up, at its very version, a package
 * only B has (Homebrew's sdl2 replaced by sdl2-compat and SDL3), and failed after it.
 */
function gainedVersionFindings(d: Difference, mentions: Mentions): Finding[] {
  const version = loggedVersion(d.b, mentions);
  const at = version ? lineNamingAt(versionedNames(d, version), version, mentions, true) : undefined;
  return at ? [finding(0.5, at, `the build picks up ${packageName(d.key)} ${version}, which only B has`)] : [];
}

/**
 * A package's precise version ("24.0.8215888"), when the log prints it at all; or its first three parts, which
 * tools print for a version with a build number ("CMake '3.10.2' was not found" for the SDK's cmake 3.10.2.4988404).
 */
function loggedVersion(value: Difference['a'], mentions: Mentions): string | undefined {
  const version = value && typeof value === 'object' && 'version' in value ? String(value.version) : undefined;
  if (!version || !PRECISE_VERSION.test(version)) return undefined;
  const release = version.split('.').slice(0, 3).join('.');
  return [version, release].find((v) => mentions.versions.has(v));
}

/** The words a log calls the package by, other than its version. */
function versionedNames(d: Difference, version: string): string[] {
  return packageWords(packageName(d.key)).filter((w) => w.length >= 3 && w !== version);
}

/** The first line that names the package by one of these words and the version as a whole ("v3.4.10" too, when tagged). */
function lineNamingAt(names: readonly string[], version: string, mentions: Mentions, tagged: boolean): Mention | undefined {
  const whole = new RegExp(`(?<![\\w.])${tagged ? 'v?' : ''}${escapeRegExp(version)}(?![\\w]|\\.\\d)`);
  const naming = names.map((n) => new RegExp(`(?<![\\w-])${escapeRegExp(n)}(?![\\w-])`, 'i'));
  return mentions.lines.find((l) => l.line.body.includes(version) && whole.test(l.line.body) && naming.some((n) => n.test(l.line.body)));
}

/** Words saying a credential or setting was not found: "no token found", "missing credentials", "not logged in". */
const MISSING_THING =
  /\b(?:no (?:token|credentials?|password|api key|auth\w*)\b|not (?:set|defined|found|logged in)|missing|required|(?:unable to|cannot|could not) find)\b/i;

/** The line right before this one is an error saying something is missing: this line continues its message. */
function continuesMissingError(at: Mention, mentions: Mentions): boolean {
  const i = mentions.lines.findIndex((l) => l.line === at.line);
  const before = i > 0 ? mentions.lines[i - 1] : undefined;
  // Right below the error, or after one blank line.
  return before?.error === true && before.line.number >= at.line.number - 2 && MISSING_THING.test(before.line.body);
}

/** The variable's first mention, or a later line naming it, that continues an error about something missing. */
function hintAfterMissing(key: string, first: Mention, mentions: Mentions): Mention | undefined {
  if (continuesMissingError(first, mentions)) return first;
  const named = new RegExp(`(?<![\\w$])${escapeRegExp(key)}(?!\\w)`);
  return mentions.lines.find((l) => l.line.number > first.line.number && named.test(l.line.body) && continuesMissingError(l, mentions));
}

/** A variable holding a version ("10.14", "3.11"): the whole value, nothing around it. */
const PLAIN_VERSION = /^v?\d+\.\d+(?:\.\d+)?$/;

/**
 * `MACOSX_DEPLOYMENT_TARGET` 10.14 on A, 10.9 on B, and an error saying "only available on macOS 10.14 or newer":
 * a variable's version, named on an error line, is the version the failure is about.
 */
function envVersionFindings(d: Difference, mentions: Mentions): Finding[] {
  for (const [side, value, weight] of [
    ['B', d.b, 0.55],
    ['A', d.a, 0.5],
  ] as const) {
    if (typeof value !== 'string' || !PLAIN_VERSION.test(value)) continue;
    const at = mentions.versions.get(value.replace(/^v/, ''));
    if (at?.error) return [finding(weight, at, `an error line names ${value}, ${side}'s ${d.key}`)];
    // A wrapped message carries the version on a line of its own; there it counts when the line names what the
    // variable is about ("macOS 10.14" for MACOSX_DEPLOYMENT_TARGET).
    if (at && namesVariableTopic(at.line.body, d.key))
      return [finding(weight * CONTEXT_LINE, at, `the log names ${value}, ${side}'s ${d.key}`)];
  }
  return [];
}

/** Variables that point at one installation of a runtime, and the names its version goes by in a message. */
const HOME_VARIABLE =
  /^(?:JAVA_HOME|JDK_HOME|JAVA_HOME_\d+_\w+|GRAALVM_HOME|GOROOT|PYTHONHOME|DOTNET_ROOT|ANDROID_NDK_HOME|ANDROID_NDK_ROOT|NDK_HOME)$/;
/** A runtime's name and major version inside an installation path: "jdk-21.0.2", "temurin-17.jdk", "go1.21", "ndk/25.1". */
const HOME_VERSION = /\b(jdk|java|openjdk|temurin|zulu|corretto|graalvm|go|python|dotnet|ndk)[-_/@]?v?(\d+)(?:\.(\d+))?(?=[._/-]|\b)/i;
const RUNTIME_WORDS: Readonly<Record<string, string>> = {
  jdk: 'java|jdk|jre|openjdk',
  java: 'java|jdk|jre|openjdk',
  openjdk: 'java|jdk|jre|openjdk',
  temurin: 'java|jdk|jre|openjdk|temurin',
  zulu: 'java|jdk|jre|openjdk|zulu',
  corretto: 'java|jdk|jre|openjdk|corretto',
  graalvm: 'java|jdk|graalvm',
  go: 'go',
  python: 'python',
  dotnet: '\\.net|dotnet|net',
  ndk: 'ndk',
};

/**
 * "Cannot find a Java installation … matching … Compatible with Java 21" with A's JAVA_HOME at jdk-21.0.2 and B's
 * unset or at another major: an error asks for the runtime release only A's variable points at.
 */
function homeVersionFindings(d: Difference, mentions: Mentions): Finding[] {
  const a = typeof d.a === 'string' ? HOME_VERSION.exec(d.a) : null;
  if (!a) return [];
  const b = typeof d.b === 'string' ? HOME_VERSION.exec(d.b) : null;
  if (b && major(b) === major(a)) return [];
  const names = RUNTIME_WORDS[a[1]!.toLowerCase()]!;
  const asked = new RegExp(`\\b(?:${names})[ -]?(?:SE |version |v)?(?:1\\.)?${major(a)}(?!\\d)`, 'i');
  const at = mentions.lines.find((l) => l.error && asked.test(l.line.body));
  return at ? [finding(0.8, at, `an error asks for ${a[1]} ${major(a)}, where A's ${d.key} points and B's does not`)] : [];
}

/** The release a path's version names: Java's "1.8" is 8. */
function major(m: RegExpExecArray): string {
  return m[2] === '1' && m[3] ? m[3] : m[2]!;
}

/** A word of the line that is most of a part of the variable's name (macos in MACOSX_DEPLOYMENT_TARGET). */
function namesVariableTopic(body: string, key: string): boolean {
  const parts = key
    .toLowerCase()
    .split('_')
    .filter((p) => p.length >= 5);
  for (const w of body.toLowerCase().match(/[a-z]{5,}/g) ?? []) {
    if (parts.some((p) => p.startsWith(w) && w.length >= 0.7 * p.length)) return true;
  }
  return false;
}

/** The system refusing access, in its own words or errno's. */
const ACCESS_REFUSED = /\bPermission denied\b|\bOperation not permitted\b|\bE(?:ACCES|PERM)\b|\bRead-only file system\b/;

/** A path's permissions as stat (`755 root:root`) or ls (`drwxr-xr-x`) print them. */
const PERMISSIONS = /^\s*[0-7]{3,4}\b|^\s*[dl-][rwxsStT-]{9}/;

/** An absolute path among a command's arguments (not its program): `test -d /root/.m2`, `ls -Zd /var/lib/x`. */
const PROBED_PATH = /(?<=\s)\/[\w.@+-]+(?:\/[\w.@+-]+)+/g;

/**
 * A captured check of a path (`test -d /root/.m2 && echo present`) whose path an error line names whole
 * ("cannot create regular file '/root/.m2/settings.xml'"): the failure is about what the probe checks.
 */
function probedPathFindings(d: Difference, mentions: Mentions): Finding[] {
  for (const m of d.key.matchAll(PROBED_PATH)) {
    const path = m[0].replace(/\/+$/, '');
    if (path.split('/').length < 3 && path.length < 8) continue;
    const at = errorLineNamingPath(path, mentions);
    // The system refused the build there, and the check shows the path's mode or owner changed ("777 root:root" ->
    // "755 root:root"): the refusal is what the check saw, whoever the build runs as.
    if (at && ACCESS_REFUSED.test(at.line.body) && PERMISSIONS.test(String(d.a)) && PERMISSIONS.test(String(d.b)))
      return [finding(0.8, at, `an error line is refused at ${path}, whose permissions this check shows changed`)];
    if (at) return [finding(0.5, at, `an error line names ${path}, which this check looks at`)];
  }
  // B's answer is the system refusing a path ("stat: cannot stat '/home/dira': No such file or directory"), and the
  // build fails under it (Maven's "Could not create local repository at /home/dira/.m2/repository").
  const refused = typeof d.b === 'string' ? REFUSED_PATH.exec(d.b)?.[1] : undefined;
  if (refused && refused.split('/').length >= 3) {
    const at = errorLineNamingPath(refused, mentions);
    if (at) return [finding(0.7, at, `B's check cannot reach ${refused}, and an error line names it`)];
  }
  return [];
}

/** A command's refusal of a path: "cannot stat '/home/x': No such file or directory", "ls: cannot access '/data'". */
const REFUSED_PATH =
  /\bcannot (?:stat|access|open)(?: directory)? ['"‘]?(\/[^'"’:\s]+)['"’]?: (?:No such file or directory|Permission denied)/;

/** The first error line naming this path whole or a path under it ("/root/.m2/settings.xml" for /root/.m2). */
function errorLineNamingPath(path: string, mentions: Mentions): Mention | undefined {
  const bare = path.replace(/\/+$/, '');
  const whole = new RegExp(`(?<![\\w/.-])${escapeRegExp(bare)}(?![\\w.-])`);
  return mentions.lines.find((l) => l.error && l.line.body.includes(bare) && whole.test(l.line.body));
}

/** An HTTP status line in a captured check's output: "HTTP/1.1 404 Not Found". */
const HTTP_STATUS = /\bHTTP\/[\d.]+\s+([1-5]\d\d)\b\s*([A-Za-z][\w ]*)?/;

/** A captured check (`curl -sI …`) answers 404 on B, and the failing log shows that very status. */
function httpStatusFindings(d: Difference, mentions: Mentions): Finding[] {
  const b = typeof d.b === 'string' ? HTTP_STATUS.exec(d.b) : null;
  if (!b) return [];
  const a = typeof d.a === 'string' ? HTTP_STATUS.exec(d.a) : null;
  if (a?.[1] === b[1]) return [];
  const reason = b[2]?.trim().split(/\s+/)[0];
  const shown = new RegExp(`\\b${b[1]}\\b${reason ? `\\s+${escapeRegExp(reason)}` : ''}`, 'i');
  for (const at of mentions.lines) {
    if (at.error && shown.test(at.line.body)) return [finding(0.85, at, `the log shows the HTTP ${b[1]} this check gets on B`)];
  }
  return [];
}

/** `docker run --user ec2-user …`, `podman exec -u 1000 …`, a Dockerfile's `USER app`: the step runs as a chosen user. */
const RUN_AS_USER =
  /\b(?:docker|podman|nerdctl)\s+(?:container\s+)?(?:run|exec|create)\b[^|;&]*?\s(?:--user[= ]|-u\s*)([\w.$:-]+)|^\s*(?:#\d+ \[[^\]]*\] |Step \d+\/\d+ : )?USER\s+([\w.$:-]+)\s*$/;

/** The log runs the failing command as a named user while the user differs between A and B. */
function runAsUserFindings(mentions: Mentions): Finding[] {
  for (const at of mentions.lines) {
    const m = RUN_AS_USER.exec(at.line.body);
    if (m) return [finding(0.45, at, `the log runs the step as user ${m[1] ?? m[2]}`)];
  }
  return [];
}

/** A user or group id given by number: `--uid 0`, `uid=1000(runner)`, Python's argv "'--gid', '0'". */
const ID_NUMBER = /(?:--|\b)(uid|gid)\b['"]?\s*[,=:]?\s*['"]?(\d+)\b/gi;

/**
 * An error line gives B's user (or group) id by number, and no line gives A's: the failing command ran as B's
 * user ("useradd --uid 0 … root" inside a container started as root).
 */
function idNumberFindings(d: Difference, mentions: Mentions): Finding[] {
  if (typeof d.b !== 'number' || d.a === d.b) return [];
  const ids = (body: string) => [...body.matchAll(ID_NUMBER)].filter((m) => m[1]!.toLowerCase() === d.key).map((m) => Number(m[2]));
  let named: Mention | undefined;
  for (const at of mentions.lines) {
    const found = ids(at.line.body);
    if (typeof d.a === 'number' && found.includes(d.a)) return [];
    if (!named && at.error && found.includes(d.b)) named = at;
  }
  return named ? [finding(0.55, named, `an error line gives B's ${d.key} ${d.b}, and no line A's`)] : [];
}

/** The variables that choose the language of programs' messages. */
const MESSAGE_LOCALE_KEYS = /^(?:LANG|LC_ALL|LC_MESSAGES|LANGUAGE)$/;

/** The variables that choose a locale for text, numbers and dates. */
const LOCALE_KEYS = /^(?:LANG|LC_ALL|LC_NUMERIC|LC_TIME|LC_MONETARY|LC_COLLATE|LC_CTYPE|LC_MESSAGES)$/;

/**
 * "pt-BR | 184.320": the log names B's locale, language and territory, as a program reports the one it formats in
 * (Intl's "pt-BR", Java's "pt_BR"), and never A's.
 */
function localeNameFindings(d: Difference, mentions: Mentions): Finding[] {
  const territory = (v: Difference['a']) => (typeof v === 'string' ? /^([a-z]{2,3})_([A-Z]{2})\b/.exec(v) : null);
  const [a, b] = [territory(d.a), territory(d.b)];
  if (!b || (a && a[0] === b[0])) return [];
  // The whole text: "pt-BR | 184.320" reads like a service's prefix (docker compose), which the body drops.
  const spelled = (m: RegExpExecArray) => new RegExp(`(?<![\\w-])${m[1]}[-_]${m[2]}(?![\\w-])`);
  const [inA, inB] = [a ? spelled(a) : undefined, spelled(b)];
  if (inA && mentions.lines.some((l) => inA.test(l.line.text))) return [];
  const at = mentions.lines.find((l) => inB.test(l.line.text));
  return at ? [finding(0.55, at, `the log shows B's locale ${b[1]}-${b[2]}, and never A's`)] : [];
}

/** The log's messages are in German and B's LANG is de_DE.UTF-8 (A's is not): B's locale wrote this log. */
function languageFindings(d: Difference, language: NonNullable<Mentions['language']>): Finding[] {
  const b = localeLanguage(d.b);
  if (b === undefined || !writesLanguage(b, language.lang)) return [];
  const a = localeLanguage(d.a);
  if (a !== undefined && writesLanguage(a, language.lang)) return [];
  // That B's locale printed the log does not make it the cause: a translated error says the failing program
  // itself ran under it, no more, so this is a hint, not proof.
  // LANGUAGE only reorders gettext's catalogs, and only under a locale other than C: LANG and LC_* choose first.
  return [finding(d.key === 'LANGUAGE' ? 0.45 : 0.5, language.at, `the error is printed in B's ${d.key} language (${b})`)];
}

/** Versions on a line from which it lists them ("Available versions: 22.0.1+8, 21.0.3+9, …"): it names what exists, not what ran. */
const LIST_OF_VERSIONS = 6;
const LISTED_VERSION = 0.3;

function inList(body: string): boolean {
  return (body.match(/\b\d+\.\d+(?:\.\d+)*/g)?.length ?? 0) >= LIST_OF_VERSIONS;
}

/**
 * "Inconsistent JVM-target compatibility detected for tasks 'compileJava' (11) and 'compileKotlin' (21)" with Java
 * 11.0.27 -> 21.0.7: an error line naming the tool and both sides' major releases compares the two.
 */
function bothMajorsFindings(d: Difference, mentions: Mentions): Finding[] {
  const a = String(numericParts(versionOf(d.a))?.[0] ?? '');
  const b = String(numericParts(versionOf(d.b))?.[0] ?? '');
  // Majors of one digit ("3", "8") are every line's numbers.
  if (a === b || a.length < 2 || b.length < 2) return [];
  const words = toolNames(d.key).words.filter((w) => w.length >= 3);
  const [namesA, namesB] = [a, b].map((n) => new RegExp(`(?<![\\w.])${n}(?![\\w.])`)) as [RegExp, RegExp];
  const seen = mentions.lines.filter(
    (l) => namesA.test(l.line.body) && namesB.test(l.line.body) && words.some((w) => l.line.body.toLowerCase().includes(w)),
  );
  const at = seen.find((l) => l.error) ?? seen[0];
  return at ? [finding(at.error ? 0.75 : 0.6, at, `the log compares ${d.key} ${a}, A's release, with ${b}, B's`)] : [];
}

const KERNEL_WORDS = /\b(?:kernel|linux|uname|release)\b/i;

/**
 * "E: Unable to locate package linux-modules-extra-5.4.0-1032-azure": packages built per kernel (headers, extra
 * modules) are named for the release `uname -r` prints, and a new kernel's may not be published yet.
 */
function kernelReleaseNamedFindings(d: Difference, mentions: Mentions): Finding[] {
  if (typeof d.a !== 'string' || typeof d.b !== 'string' || d.b.length < 6 || !/\d/.test(d.b) || d.b.includes(d.a)) return [];
  // Only as a package's name ends ("linux-headers-6.8.0-1017-azure"): reports print the release everywhere
  // ("gyp ERR! System Linux 5.15.0-41-generic", a kernel's own messages) without it being what is missing.
  const b = new RegExp(`\\b[a-z][a-z0-9.+]*-${escapeRegExp(d.b)}(?![\\w.])`);
  const at = mentions.lines.find((l) => l.error && b.test(l.line.body));
  return at ? [finding(0.75, at, `an error line names a package built for ${d.b}, B's kernel release`)] : [];
}

function versionFindings(d: Difference, mentions: Mentions): Finding[] {
  const a = numericParts(versionOf(d.a));
  const b = numericParts(versionOf(d.b));
  if (!a || !b) return [];
  if (a.join('.') === b.join('.')) return suffixFindings(d, mentions);
  const out: Finding[] = [];
  const words = d.facet === 'toolchains' ? toolNames(d.key).words : [packageName(d.key)];
  // B's version printed shows the tool at work, seldom that it failed: logs print versions in banners, stack frames
  // ("java.base@17.0.5/…") and reports. 0.5 ranked 3 more of the corpus's causes first than 0.6, and 0.4 3 fewer.
  for (const [side, parts, other, strong] of [
    ['B', b, a, 0.5],
    ['A', a, b, 0.4],
  ] as const) {
    // A version with a build number is printed by its release too ("Updating NuGet.exe to 6.7.0." of 6.7.0.127).
    const release = parts.slice(0, 3).join('.');
    const full =
      parts.length > 3 && !mentions.versions.has(parts.join('.')) && release !== other.slice(0, 3).join('.') ? release : parts.join('.');
    if (parts.length >= 3 && full !== other.join('.')) {
      const at = mentions.versions.get(full);
      // "obj/x86_64-apple-darwin19.4.0/": a target triple carries the kernel release it was configured on, a
      // directory name the build made, not a kernel the failure met.
      if (at && d.facet === 'kernel' && onlyInTriples(at.line.body, full)) continue;
      // "From 6.5.0, xcb-cursor0 … is needed" is Qt's 6.5.0: a kernel's bare numbers are its only where the line
      // shows the whole release ("6.5.0-35-generic") or says it speaks of a kernel.
      if (at && d.facet === 'kernel' && !at.line.body.includes(String(side === 'A' ? d.a : d.b)) && !KERNEL_WORDS.test(at.line.body))
        continue;
      // "nodejs 10.15.3" is Node's version, whatever else has 10.15.3 (macOS Catalina): another tool's name before it.
      if (at && versionOfOtherTool(at.line.body, full, [...words, ...d.key.toLowerCase().split(/[-_.:]/)])) continue;
      if (at) {
        const path = onlyInPaths(at.line.body, full);
        const banner = !at.error && VERSION_BANNER.test(at.line.body);
        const listed = inList(at.line.body);
        const builtWith = at.line.body.includes(`GoVersion:"go${full}"`);
        const weight =
          strong *
          (path ? PATH_VERSION : 1) *
          (banner ? BANNER_VERSION : 1) *
          (listed ? LISTED_VERSION : 1) *
          (builtWith ? BUILT_WITH_VERSION : 1);
        const how = builtWith
          ? ' (the Go release that built another program)'
          : path
            ? ' (in a path)'
            : banner
              ? ' (a version banner)'
              : listed
                ? ' (one of a list of versions)'
                : '';
        out.push(finding(weight, at, `the log names ${full}, ${side}'s version${how}`));
        continue;
      }
    }
    // "16.13" or "Python 3.12": only on a line that also names the tool, and only if it tells A from B.
    const short = parts.slice(0, 2).join('.');
    if (parts.length >= 2 && short !== other.slice(0, 2).join('.')) {
      const at = mentions.versions.get(short);
      if (at && namesAny(at, words)) {
        const path = onlyInPaths(at.line.body, short);
        // "Global kubectl found. Version: 1.22": a prerequisite check reports what it found, as banners do.
        const banner = !path && !at.error && VERSION_BANNER.test(at.line.body);
        const weight = (strong - 0.1) * (path ? PATH_VERSION : 1) * (banner ? BANNER_VERSION : 1);
        const how = path ? ' (in a path)' : banner ? ' (a version banner)' : '';
        out.push(finding(weight, at, `the log names ${words[0]} ${short}, ${side}'s version${how}`));
      }
    }
  }
  // "No version of NDK matched the requested version 21.0.6113669. Versions available locally: 21.3.6528147": one line
  // with both whole versions, A's and B's, is a mismatch report (what was asked for, what B has), not a banner.
  const [fullA, fullB] = [a.join('.'), b.join('.')];
  const atA = a.length >= 3 ? mentions.versions.get(fullA) : undefined;
  const atB = b.length >= 3 ? mentions.versions.get(fullB) : undefined;
  if (atA && atB && !inList(atA.line.body) && !onlyInPaths(atA.line.body, fullA)) {
    // B's version may be printed earlier too ("Wails v1.16.7 - Building" above "Wails version 1.16.6 => v1.16.7").
    const bothOnOne =
      atA.line.number === atB.line.number || new RegExp(`(?<![\\w.])v?${escapeRegExp(fullB)}(?![\\w]|\\.\\d)`).test(atA.line.body);
    if (bothOnOne)
      out.push(finding(BOTH_VERSIONS, atA, `one line names A's version ${fullA} and B's ${fullB}: the one asked for, and the one B has`));
    // "New Lockfile: 1.9.0" under "Old Lockfile: 1.9.1": a report set out over two lines.
    else if (Math.abs(atA.line.number - atB.line.number) <= 2 && !inList(atB.line.body) && !onlyInPaths(atB.line.body, fullB))
      out.push(
        finding(PAIRED_VERSIONS, atA, `neighbouring lines name A's version ${fullA} and B's ${fullB}: what was expected, and what B has`),
      );
  }
  return out;
}

/** A line naming both sides' whole versions: a mismatch the tool reports. */
const BOTH_VERSIONS = 0.75;
/** The same, set out on neighbouring lines ("expected:" above "found:"). */
const PAIRED_VERSIONS = 0.7;

/**
 * "2.23.0" -> "2.23.0.windows.1": the same numbers, another suffix. An error line that prints B's whole
 * version ("failed to parse semantic version … 2.23.0.windows.1") is about the suffix only B's version has.
 */
function suffixFindings(d: Difference, mentions: Mentions): Finding[] {
  const a = versionOf(d.a);
  const b = versionOf(d.b);
  // "5.15.0-40-generic" -> "5.15.0-41-generic" is another build number, not another suffix.
  const shape = (v: string) => v.replace(/\d+/g, '0');
  if (b.length < 5 || a === b || a.includes(b) || shape(a) === shape(b)) return [];
  // "/usr/local/Cellar/ruby/2.3.1_2/lib/…": B's version in a path shows where the program lives, not what it printed.
  const at = lastErrorLine(mentions, (body) => body.includes(b) && !onlyInPaths(body, b));
  return at ? [finding(0.75, at, `an error line prints B's whole version, ${b}, whose suffix A's (${a}) lacks`)] : [];
}

/**
 * The build asks for the tool by its name and A's major release glued together ("Qt5" of CMake's find_package, "gtk3",
 * "python2"), and B's release is another major: what the build looks for, B no longer has.
 */
function majorNameFindings(d: Difference, mentions: Mentions): Finding[] {
  const name = packageName(d.key);
  if (!/^[a-z][a-z+-]*[a-z+]$/.test(name)) return [];
  const a = numericParts(versionOf(d.a))?.[0];
  const b = numericParts(versionOf(d.b))?.[0];
  if (a === undefined || b === undefined || a === b) return [];
  const at = mentions.words.get(`${name}${a}`);
  return at?.error ? [finding(0.6, at, `an error line asks for ${name}${a}, A's major release; B has ${name} ${b}`)] : [];
}

/** The line loads this kernel module, or says it could not: modprobe's own words, or advice to run it. */
function moduleAskedFor(body: string, module: string): boolean {
  const m = escapeRegExp(module);
  return new RegExp(`\\bmodprobe\\s+(?:-\\S+\\s+)*['"\`]?${m}\\b|\\bModule ${m} not found\\b|could not insert '${m}'`).test(body);
}

/** Every word a log names a tool by (node, nodejs, npm, python3, gcc…). */
const ANY_TOOL_WORD = new Set(Object.values(TOOL_NAMES).flatMap((t) => t.words));

/**
 * The line writes this version after another tool's name ("nodejs 10.15.3", "python@3.8.10"), and nowhere else.
 * `own` are the names of this difference's tool ("chrome" of google-chrome-stable).
 */
function versionOfOtherTool(body: string, version: string, own: readonly string[]): boolean {
  const lower = body.toLowerCase();
  let seen = false;
  for (const m of lower.matchAll(new RegExp(`(?<![\\w.])${escapeRegExp(version)}(?![\\w.]*\\d)`, 'g'))) {
    const before = /([a-z][\w+.-]*)[\s@:=/]+v?$/.exec(lower.slice(0, m.index))?.[1];
    if (!before || !ANY_TOOL_WORD.has(before) || own.includes(before)) return false;
    seen = true;
  }
  return seen;
}

/** Every place a line names this version is inside a target triple ("x86_64-apple-darwin19.4.0"). */
function onlyInTriples(body: string, version: string): boolean {
  const all = body.split(version).length - 1;
  const inTriples = body.split(new RegExp(`-(?:darwin|freebsd|netbsd|openbsd|solaris)${escapeRegExp(version)}`)).length - 1;
  return all > 0 && all === inTriples;
}

/**
 * "Welcome to Gradle 6.7.1!" while the machine has Gradle 8.11.1 (A) and 8.12 (B): the project's wrapper fetched
 * and ran its own version, so the installed one's change never reached the build. Puppeteer's "Could not find
 * Chrome (ver. 128.0.6613.119)" on a machine with Chrome 148 and 149 is the same: it wants its own download.
 */
function wrappedToolFindings(d: Difference, mentions: Mentions): Finding[] {
  const ran = mentions.wrapperVersions.get(d.key.toLowerCase());
  if (!ran) return [];
  const minor = (v: FacetValue | undefined) => numericParts(versionOf(v))?.slice(0, 2).join('.');
  const used = minor(ran.version);
  if (used === undefined || used === minor(d.a) || used === minor(d.b)) return [];
  return [
    {
      ...finding(
        0,
        ran.at,
        `the build runs ${d.key} ${ran.version} from its wrapper, not the installed ${versionOf(d.a)} or ${versionOf(d.b)}`,
      ),
      refutes: true,
    },
  ];
}

/**
 * A prebuilt package per platform, named npm's and napi-rs's way ("@rollup/rollup-linux-arm64-musl",
 * "@esbuild/darwin-x64", "@swc/core-win32-x64-msvc"): its architecture part.
 */
const PLATFORM_BUILD =
  /\b(?:linux|darwin|win32|freebsd|android)-(x64|arm64|ia32|arm|riscv64|s390x|ppc64|loong64)(?:-(?:gnu|musl|msvc|gnueabihf|musleabihf))?(?![\w-])/i;

/** "Cannot find module @rollup/rollup-linux-arm64-musl" on an arm64 B: the build wants the build for B's architecture. */
function platformBuildFindings(d: Difference, mentions: Mentions): Finding[] {
  if (typeof d.b !== 'string' || typeof d.a !== 'string') return [];
  const b = canonicalArch(d.b);
  if (!b || b === canonicalArch(d.a)) return [];
  for (const at of mentions.lines) {
    const body = at.line.body;
    const m = at.error ? PLATFORM_BUILD.exec(body) : null;
    if (m && canonicalArch(m[1]!) === b) return [finding(0.75, at, `an error line names a build for ${m[1]}, B's architecture`)];
    // "Unexpected platform or architecture: linux/arm64": an installer that has nothing for B's platform.
    const p = UNSUPPORTED_PLATFORM.test(body) ? PLATFORM_PAIR.exec(body) : null;
    // The installer's own notice, not an error line by its words: it counts as one.
    if (p && canonicalArch(p[1]!) === b)
      return [{ weight: 0.75, line: at.line, why: `the log has no build for ${p[0]}, B's platform`, via: 'token' }];
    // "404 Not Found for url (…/platform-tools-osx-x86_64.tar.bz2)": the project publishes no download for B's architecture.
    const url = at.error && MISSING_DOWNLOAD.test(body) ? DOWNLOAD_URL.exec(body)?.[0] : undefined;
    const arch = url ? URL_ARCH.exec(url)?.[1] : undefined;
    if (arch && canonicalArch(arch) === b)
      return [finding(0.75, at, `the download that is not there is the build for ${arch}, B's architecture`)];
  }
  return [];
}

/** The platform families an os-release id or a build directory's platform word belongs to. */
function platformFamily(word: string): string | undefined {
  const w = word.toLowerCase();
  if (/^(?:darwin|macos|osx|mac|macosx)$/.test(w)) return 'darwin';
  if (/^(?:windows|win32|win64|win|mingw\w*|msys\w*|cygwin)$/.test(w)) return 'windows';
  if (/^(?:freebsd|openbsd|netbsd|solaris|sunos|illumos|aix)$/.test(w)) return w;
  // Every other os-release id (ubuntu, alpine, rhel, arch) is a Linux distribution.
  return w === 'linux' || /^[a-z][\w.-]*$/.test(w) ? 'linux' : undefined;
}

/**
 * A build for one platform and architecture, as SDKs lay them out, named as what is missing: the path ends there
 * ("…/prebuilt/darwin-x86_64"), not a directory a tool merely works under ("bazel-out/darwin_arm64-fastbuild/bin").
 */
const HOST_PLATFORM_BUILD =
  /(?<![a-z0-9])(darwin|macosx?|osx|linux|windows|win32|win64|freebsd)[-_](x86_64|x86-64|x86|x64|amd64|arm64|aarch64|i[3-6]86|universal)\/?(?=$|[\s'"`:),])/i;

/**
 * "Could not find GCC/binutils: …/prebuilt/darwin-x86_64" with B on macOS and A on Linux: the error names the
 * build for B's platform, which the project or SDK lacks.
 */
function hostPlatformFindings(d: Difference, mentions: Mentions): Finding[] {
  if (typeof d.a !== 'string' || typeof d.b !== 'string') return [];
  const b = platformFamily(d.b);
  if (!b || b === platformFamily(d.a)) return [];
  for (const at of mentions.lines) {
    const m = at.error ? HOST_PLATFORM_BUILD.exec(at.line.body) : null;
    if (m && platformFamily(m[1]!) === b) return [finding(0.7, at, `an error line names the build for ${m[1]}-${m[2]}, B's platform`)];
  }
  return [];
}

const MISSING_DOWNLOAD = /\b404\b|\bNot Found\b/i;
const DOWNLOAD_URL = /\bhttps?:\/\/[^\s'"()<>]+/;
/** An architecture as a download's name spells it, between separators ("…-osx-x86_64.tar.bz2", "…/linux/arm64/…"). */
const URL_ARCH = /(?<![a-z0-9])(x86_64|x86-64|amd64|x64|aarch64|arm64|armv7l?|armhf|i[3-6]86|ppc64le|s390x|riscv64)(?![a-z0-9])/i;

const UNSUPPORTED_PLATFORM =
  /\b(?:unexpected|unsupported|not (?:available|supported)|no (?:binary|binaries|prebuilt|build))\b.*\b(?:platform|architecture)/i;
const PLATFORM_PAIR =
  /\b(?:linux|darwin|win32|windows|freebsd)\/(x64|x86_64|amd64|arm64|aarch64|ia32|arm|armv7l?|riscv64|s390x|ppc64le)\b/i;

/**
 * "'toU16StringView' is not a member of 'icu_76::internal'": a library that puts its major in its C++
 * namespace (ICU's icu_76) names the version the build compiled against, on the error line.
 */
function versionedNamespaceFindings(d: Difference, mentions: Mentions): Finding[] {
  if (mentions.namespaceVersions.size === 0) return [];
  const a = numericParts(versionOf(d.a))?.[0];
  const b = numericParts(versionOf(d.b))?.[0];
  if (a === undefined || b === undefined || a === b) return [];
  const names = d.facet === 'packages' ? packageWords(packageName(d.key)) : [d.key.toLowerCase()];
  for (const name of names) {
    const majors = mentions.namespaceVersions.get(name);
    const onB = majors?.get(String(b));
    const onA = majors?.get(String(a));
    if (onB) return [finding(0.6, onB, `an error line names ${name}_${b}, B's major version`)];
    if (onA) return [finding(0.4, onA, `an error line names ${name}_${a}, A's major version`)];
  }
  return [];
}

/**
 * "C:\\Users\\��������\\AppData\\Local\\Temp\\jansi….dll": B's value printed with its letters outside ASCII
 * turned into replacement characters, question marks or Latin-1 pairs. The program read it through a legacy code
 * page: the value is what broke it, not merely where it ran.
 */
function mangledValueFindings(d: Difference, mentions: Mentions): Finding[] {
  if (!gainedNonAscii(d)) return [];
  const parts = d.b.split(/[^\u0000-\u007f]+/);
  if (parts.length < 2 || parts.join('').length < 6) return [];
  const spelled = new RegExp(parts.map(escapeRegExp).join('([^\\\\/\\s]+)'));
  for (const m of mentions.lines) {
    const body = m.line.body;
    if (body.includes(d.b)) continue;
    const hit = spelled.exec(body);
    if (hit?.slice(1).some((run) => MANGLED.test(run)))
      return [finding(m.error ? 0.8 : 0.6, m, `the log prints B's ${d.key} with its letters outside ASCII mangled`)];
  }
  return [];
}

/**
 * An error line that spells the letters outside ASCII B's value gained ("c:\users\пользователь2\…\fs-ext.cc(20):
 * fatal error C1083"): the failing step ran under that path, which Windows tools reading a legacy code page mangle
 * somewhere between the variable and the file they then cannot open.
 */
function nonAsciiSeenFindings(d: Difference, mentions: Mentions): Finding[] {
  if (!gainedNonAscii(d)) return [];
  const runs = (d.b.match(/[^\u0000-\u007f]{2,}/g) ?? []).map((r) => r.toLowerCase());
  if (runs.length === 0) return [];
  const at = mentions.lines.find((m) => {
    if (!m.error) return false;
    const lower = m.line.body.toLowerCase();
    return runs.some((r) => lower.includes(r));
  });
  return at ? [finding(0.7, at, `an error line shows the letters outside ASCII in B's ${d.key}`)] : [];
}

/**
 * "Program C:\tools\miniforge3\…\python.exe" printed as "C:<tab>ools\miniforge3\…": a Windows path of B's whose
 * backslash and next letter a program read as an escape (\t a tab, \b a backspace). The path is fine; the program
 * that quoted it was not, and B's value is the one that holds such a pair.
 */
function escapedPathFindings(d: Difference, mentions: Mentions): Finding[] {
  if (typeof d.b !== 'string' || !ESCAPE_PAIR.test(d.b)) return [];
  const before = typeof d.a === 'string' ? d.a.split(';') : [];
  for (const entry of d.b.split(';')) {
    if (entry.length < 8 || !WINDOWS_PATH.test(entry) || !ESCAPE_PAIR.test(entry) || before.includes(entry)) continue;
    const read = new RegExp(
      entry
        .split(/\\(?=[tbfv])/)
        .map((part, i) =>
          i === 0 ? escapeRegExp(part) : `${part[0] === 't' ? '[\\t ]+' : '[\\x08\\x0b\\x0c]?'}${escapeRegExp(part.slice(1))}`,
        )
        .join(''),
    );
    for (const m of mentions.lines) {
      if (m.line.body.includes(entry) || !read.test(m.line.body)) continue;
      return [finding(m.error ? 0.8 : 0.6, m, `the log prints ${entry}, from B's ${d.key}, with a backslash read as an escape`)];
    }
  }
  return [];
}

/** A backslash before a letter that C-style escapes read as a control character ("C:\tools"). */
const ESCAPE_PAIR = /\\[tbfv][a-z]/;
const WINDOWS_PATH = /^[A-Za-z]:\\/;

/** What letters outside ASCII become when read through the wrong code page. */
const MANGLED = /\ufffd|\?|[\u00c0-\u00ff][\u0080-\u00bf]/;

/** Distributions as runtime identifiers, platform tags and image names spell them before their release. */
const DISTRIBUTION_NAMES = 'alpine|ubuntu|debian|fedora|centos|rhel|rocky|almalinux|opensuse|sles|amzn|ol|el';

/**
 * "The specified RuntimeIdentifier 'alpine.3.19-x64' is not recognized": a word on an error line that spells a
 * distribution with one side's release names that release.
 */
function osReleaseFindings(d: Difference, mentions: Mentions): Finding[] {
  const a = numericParts(versionOf(d.a));
  const b = numericParts(versionOf(d.b));
  if (!a || !b) return [];
  for (const [side, parts, other, weight] of [
    ['B', b, a, 0.6],
    ['A', a, b, 0.4],
  ] as const) {
    const short = parts.slice(0, 2).join('.');
    if (short === other.slice(0, 2).join('.')) continue;
    const spelled = new RegExp(`^(?:${DISTRIBUTION_NAMES})[._-]?${escapeRegExp(short)}(?![\\d.]\\d)`);
    const tagged = parts.length >= 2 ? macosTagRelease(parts) : undefined;
    for (const [word, at] of mentions.words) {
      // On an error line only: a prompt or a container name ("[fedora-41] ❯") says where the build ran, not what failed.
      if (at.error && word.includes(short) && spelled.test(word))
        return [finding(weight, at, `an error line names ${word}, ${side}'s OS release`)];
      // "would build wheel with unsupported tag ('cp39', 'cp39', 'macosx_11_0_x86_64')": a wheel's platform tag
      // spells the macOS release it was built on.
      const tag = at.error ? MACOS_PLATFORM_TAG.exec(word) : null;
      if (tag && tagged && macosTagRelease([Number(tag[1]), Number(tag[2])]) === tagged && tagged !== macosTagRelease(other))
        return [finding(weight, at, `an error line names the platform tag ${tag[0]}, ${side}'s macOS release`)];
    }
  }
  // rosdep and release checks name B's release by its code name: "No definition of [rmw] for OS version [jammy]".
  // Not a repository URL's suite ("…/debian trixie InRelease"): that is the image's release, whatever the host runs.
  const name = typeof d.b === 'string' ? RELEASE_CODE_NAMES[d.b] : undefined;
  if (!name || name === RELEASE_CODE_NAMES[String(d.a)]) return [];
  const word = new RegExp(`\\b${name}\\b`, 'i');
  const at = mentions.lines.find((m) => m.error && word.test(m.line.body) && !/\bhttps?:\/\//.test(m.line.body));
  return at ? [finding(0.6, at, `an error line names ${name}, B's OS release`)] : [];
}

/** A wheel's macOS platform tag ("macosx_11_0_x86_64", "macosx_10_15_intel"): the release it was built for. */
const MACOS_PLATFORM_TAG = /^macosx_(\d{2})_(\d+)/;

/** A macOS release as platform tags tell them apart: 10.15 by its minor, 11 and later by the major alone (macosx_11_0). */
function macosTagRelease(parts: readonly number[]): string {
  return parts[0] === 10 ? `10.${parts[1]}` : String(parts[0]);
}

/** Ubuntu's and Debian's releases by the code names their archives and tools use. */
const RELEASE_CODE_NAMES: Readonly<Record<string, string>> = {
  '14.04': 'trusty',
  '16.04': 'xenial',
  '18.04': 'bionic',
  '19.04': 'disco',
  '19.10': 'eoan',
  '20.04': 'focal',
  '20.10': 'groovy',
  '21.04': 'hirsute',
  '21.10': 'impish',
  '22.04': 'jammy',
  '22.10': 'kinetic',
  '23.04': 'lunar',
  '23.10': 'mantic',
  '24.04': 'noble',
  '24.10': 'oracular',
  '25.04': 'plucky',
  '8': 'jessie',
  '9': 'stretch',
  '10': 'buster',
  '11': 'bullseye',
  '12': 'bookworm',
  '13': 'trixie',
};

/** "Unsupported collation 'de_DE.UTF-8'" when B lacks de_DE.utf8: locales are spelled UTF-8, utf8 or not at all. */
function lostLocaleFindings(d: Difference, mentions: Mentions): Finding[] {
  for (const locale of d.detail?.onlyA ?? []) {
    const name = locale.toLowerCase();
    const base = name.replace(/\.(?:utf-?8)$/, '');
    if (base.length < 2 || base === 'c' || base === 'posix') continue;
    for (const spelling of new Set([name, `${base}.utf8`, `${base}.utf-8`, ...(base.includes('_') ? [base] : [])])) {
      const at = mentions.words.get(spelling);
      if (at) return [finding(0.8, at, `the log asks for ${locale}, a locale B lacks`)];
    }
  }
  return [];
}

/** The same upstream version on both sides: only the packaging changed. */
export function rebuiltOnly(d: Difference): boolean {
  return isRebuild(magnitudeOf(d));
}

/** Directories every system has, under which any program's paths lie. */
const SYSTEM_DIRECTORY = /^\/(?:usr(?:\/local)?|opt|var|etc|home|tmp|private|Users|mnt|srv|bin|lib|lib64|sbin)?$/;

/**
 * The variables naming a user's home, a workspace or where libraries install (R's library, a gem home), under
 * which builds run and load what they load.
 */
const WORK_DIRECTORY =
  /^(?:HOME|USERPROFILE|GOPATH|PWD|OLDPWD|WORKSPACE|\w+_WORKSPACE|CI_PROJECT_DIR|CI_BUILDS_DIR|BUILD_SOURCESDIRECTORY|\w+_WORKDIR|R_LIBS(?:_USER|_SITE)?|GEM_HOME|GEM_PATH|PYTHONUSERBASE|CARGO_HOME)$/;
/** An error about the place itself: it cannot be created, written or found. */
const PLACE_FAILED =
  /\b(?:failed to create|cannot create|could not create|unable to create|mkdir|Permission denied|Read-only file system|No such file or directory|does not exist)\b/i;

/**
 * "failed to create cache directory: /homeless-shelter/Library/Caches/…" with B's HOME /homeless-shelter: the error is
 * about a place under the directory only B's variable names.
 */
function errorUnderDirectoryFindings(d: Difference, mentions: Mentions): Finding[] {
  if (typeof d.b !== 'string' || typeof d.a !== 'string' || d.a === d.b) return [];
  const dir = d.b.replace(/\/+$/, '');
  if (!/^\/[^\s:;]{4,}$/.test(dir) || SYSTEM_DIRECTORY.test(dir) || d.a.startsWith(dir)) return [];
  const at = mentions.lines.find((l) => l.error && l.line.body.includes(`${dir}/`));
  // Builds run under HOME and their workspace: a path there is where the work is, whatever failed, unless the error
  // is about the place.
  if (!at || (WORK_DIRECTORY.test(d.key) && !PLACE_FAILED.test(at.line.body))) return [];
  return [finding(0.7, at, `an error line names a path under ${dir}, B's ${d.key}`)];
}

/** The variables that choose where programs put temporary files. */
const TEMP_DIR_VARIABLES = /^(?:TMPDIR|TMP|TEMP|TEMPDIR)$/;

/**
 * B points temporary files somewhere else (TMPDIR=/run/user/1000, a tmpfs), and the log shows the build
 * writing there: the failing step ran in that directory. The default /tmp says nothing.
 */
function tempDirFindings(d: Difference, mentions: Mentions): Finding[] {
  if (typeof d.b !== 'string' || d.b === d.a) return [];
  const dir = d.b.replace(/\/+$/, '');
  if (dir.length < 5 || !dir.startsWith('/') || /^\/(?:var\/)?tmp$/.test(dir)) return [];
  // macOS gives every user a temporary directory of random name (/var/folders/_9/6jpm…/T): another one is another
  // user or machine, not another kind of place (diff marks it volatile).
  if (volatileChange(d)) return [];
  for (const [path, at] of mentions.paths) {
    if (path.startsWith(`${dir}/`)) return [finding(0.5, at, `the log works under ${dir}, B's ${d.key}`)];
  }
  return [];
}

/**
 * A minimum version the log states, for this tool or package: B below it and A not is the failure
 * ("Please use GNU Make 4 at least" with make 4.4.1 -> 3.81). A requirement B meets says nothing.
 */
function requirementFindings(d: Difference, mentions: Mentions): Finding[] {
  const a = numericParts(versionOf(d.a));
  const b = numericParts(versionOf(d.b));
  if (!b) return [];
  const key = packageName(d.key);
  // A -dev package is required by its library's name ("libsystemd >= 230" of systemd-devel).
  const names = new Set(d.facet === 'toolchains' ? toolNames(d.key).words : d.facet === 'packages' ? packageWords(key) : [key]);
  // "You need at least SDK version 0.10.2" of zephyr-sdk: a part of the name, trusted only when A meets it and B does not.
  const parts = new Set(key.split(/[-_]/).filter((part) => part.length >= 3 && !names.has(part)));
  for (const { name, version, at } of mentions.requirements) {
    const partly = !names.has(name) && parts.has(name);
    if (!names.has(name) && !partly) continue;
    const required = numericParts(version)!;
    if (compareParts(b, required) >= 0) continue;
    if (partly && !(a && compareParts(a, required) >= 0)) continue;
    if (a && compareParts(a, required) >= 0)
      return [finding(0.85, at, `the log requires ${name} ${version} or later: B has ${versionOf(d.b)}, A has ${versionOf(d.a)}`)];
    if (!a) return [finding(0.6, at, `the log requires ${name} ${version} or later: B has ${versionOf(d.b)}`)];
    // A lacks it too, yet A passed: this version change is not what fails.
    return [
      {
        ...finding(
          0,
          at,
          `the log requires ${name} ${version} or later, which neither A (${versionOf(d.a)}) nor B (${versionOf(d.b)}) has`,
        ),
        refutes: true,
      },
    ];
  }
  return [];
}

/** Numeric versions compared part by part, missing parts as 0. */
function compareParts(x: number[], y: number[]): number {
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const diff = (x[i] ?? 0) - (y[i] ?? 0);
    if (diff !== 0) return diff;
  }
  return 0;
}

/**
 * A failing assertion compares A's value with B's (`assert ['4', '4'] == ['1', '1']` when the cores went
 * from 4 to 1), or prints B's value where something else was expected (`'UTC' != 'local'` for TZ=UTC):
 * the output carries the setting. Short values match only both ways round: "1" is on every line.
 */
function comparisonFindings(d: Difference, mentions: Mentions): Finding[] {
  const a = scalar(d.a);
  const b = scalar(d.b);
  if (b === undefined || a === b || volatileChange(d)) return [];
  const shown = (side: string, value: string) => new RegExp(`(?<![\\w./-])${escapeRegExp(value)}(?![\\w/-]|\\.\\w)`).test(side);
  for (const { values, at } of mentions.comparisons) {
    const [left, right] = values;
    const bLeft = shown(left, b);
    const bRight = shown(right, b);
    if (bLeft === bRight) continue;
    const aOther = a !== undefined && shown(bLeft ? right : left, a) && !shown(bLeft ? left : right, a);
    if (aOther) return [finding(0.8, at, `the failing assertion compares A's ${d.key} (${a}) with B's (${b})`)];
    if (b.length >= 3 && /\D/.test(b)) return [finding(0.55, at, `the failing assertion prints B's ${d.key} (${b})`)];
  }
  return [];
}

/** One side of a test's comparison of file modes, on a line of its own (jest's `Expected: "755"`, `Received: "775"`). */
const MODE_SIDE = /^[\s|]*(Expected|Received|Actual|expected|received|actual):?\s+["']?(0?[0-7]{3,4})["']?\s*$/;

/** A mode written the way ls and chmod print it ("r-xr-xrwx", "-rw-rw-r--"): its nine permission letters. */
const SYMBOLIC_MODE = /(?<![\w-])[-dlcbps]?((?:[r-][w-][xsStT-]){3})(?![\w-])/g;

/** The permission bits of a symbolic mode ("r-xr-xrwx" -> 0o557). */
function symbolicBits(mode: string): number {
  let bits = 0;
  for (let i = 0; i < 9; i++) if (mode[i] !== '-' && mode[i] !== 'S' && mode[i] !== 'T') bits |= 1 << (8 - i);
  return bits;
}

/**
 * A test that expected one file mode and got another, apart by exactly the bits in which A's and B's umasks
 * differ (755 against 775 under 0022 and 0002): the umask made the file. The two modes are a pair of
 * Expected/Received lines, the only two symbolic modes of a line ("mode: expected -rw-r--r-- got -rw-rw-r--"),
 * or the n-th symbolic mode of two adjacent lines (a test diff's expected and actual
 * line: "<chmod: file: new permissions are r-xr-xrwx" against ">… r-xrwxrwx").
 */
function umaskModeFindings(d: Difference, mentions: Mentions): Finding[] {
  const ua = Number.parseInt(String(d.a), 8);
  const ub = Number.parseInt(String(d.b), 8);
  if (Number.isNaN(ua) || Number.isNaN(ub) || ua === ub) return [];
  const umaskBits = (ua ^ ub) & 0o777;
  const apartByUmask = (x: number, y: number) => x !== y && ((x ^ y) & ~umaskBits & 0o777) === 0;
  const why = `the modes the test compares differ by the bits A's umask (${d.a}) and B's (${d.b}) differ by`;
  const lines = mentions.lines;
  for (let i = 0; i + 1 < lines.length; i++) {
    const body = lines[i]!.line.body;
    const next = lines[i + 1]!.line.body;
    const first = MODE_SIDE.exec(body);
    const second = first && MODE_SIDE.exec(next);
    if (first && second && second[1]!.toLowerCase() !== first[1]!.toLowerCase()) {
      if (apartByUmask(Number.parseInt(first[2]!, 8), Number.parseInt(second[2]!, 8))) return [finding(0.85, lines[i + 1]!, why)];
      continue;
    }
    const these = symbolicModes(body);
    if (these.length === 0) continue;
    if (these.length === 2 && apartByUmask(these[0]!, these[1]!)) return [finding(0.85, lines[i]!, why)];
    const those = symbolicModes(next);
    if (these.some((m, k) => k < those.length && apartByUmask(m, those[k]!))) return [finding(0.85, lines[i + 1]!, why)];
  }
  return [];
}

function symbolicModes(body: string): number[] {
  return body.includes('r') ? [...body.matchAll(SYMBOLIC_MODE)].map((m) => symbolicBits(m[1]!)) : [];
}

/** A value an assertion may print: a number, or a short word-like string. */
function scalar(v: FacetValue | undefined): string | undefined {
  if (typeof v === 'number') return String(v);
  if (typeof v === 'string' && v.length > 0 && v.length <= 40 && !/\s/.test(v)) return v;
  return undefined;
}

/**
 * A program announcing its version ("Apache Ant(TM) version 1.10.0 compiled on …", "openjdk 21.0.9
 * 2025-10-21 LTS", "Version: 20230728.3.0") confirms which version ran, not that it failed: it counts this much.
 */
const BANNER_VERSION = 0.5;

/**
 * Kubernetes' and Helm's `version.Info{…, GoVersion:"go1.15.7"}`: the Go release that built that binary, the
 * same wherever the binary runs. It tells A from B only through the binary's own version, which the line names too.
 */
const BUILT_WITH_VERSION = 0.3;
// A program's start-up report of the system it runs on ("OS: Linux, 6.7.10_1, #1 SMP PREEMPT_DYNAMIC …") too, and
// CMake's report of the compilers it found ("The C compiler identification is AppleClang 17.0.0.17000013").
// Python's own: "Python 3.13.12 (main, Feb  3 2026, 17:53:27) [GCC 15.2.0] on linux" names the compiler that built it.
// pytest's session header: "platform linux -- Python 3.8.2, pytest-5.4.1, py-1.8.0, pluggy-0.13.1".
// A test harness's inventory of the stack it runs on: "Php: 7.4.33, pgsql: 12.11 (Ubuntu …), OS: Linux 5.15.0-86-generic".
// A configure step's report of the programs it found: Meson's "Found CMake: /usr/local/bin/cmake (3.31.6)" and
// "Program python3 found: YES (/usr/bin/python3)"; uv's "Using CPython 3.13.2 interpreter at: /usr/bin/python3.13".
const VERSION_BANNER =
  /^\s*(?:#\d+ [\d.]+ |==> |\[[\w:.-]+\] )?(?:Running|Using|Installing|Compiling|Pouring|Now using)\s+(?!(?:on|in|at|with|from|for|to)\s)[\w@./-]+(?:\s+|--)v?\d|^\s*(?:#\d+ [\d.]+ )?(?:yarn|npm|pnpm) (?:install|run|add|ci) v\d|^\s*v?\d+\.\d+\.\d+\s*$|^\s*(?:-- )?Found [\w.+-]+: (?:YES )?\(?\/|\bProgram \S+ found: YES\b|\bUsing (?:CPython|PyPy|Python) \d+\.\d+[\w.+-]* interpreter at\b|^platform \w+ -- Python \d|\bversion\b|\bcompiler identification is\b|\b\d+\.\d+(?:\.\d+)* \(?\d{4}-\d\d-\d\d\b|\bOS: (?:Linux|Darwin|FreeBSD)\b|#\d+ SMP\b|\[(?:GCC|Clang|MSC v\.)[^\]]*\] on \w+|\b[A-Z][\w-]*: v?\d+\.\d+[\w.+~-]*(?: \([^)]*\))?, [A-Za-z][\w-]*: v?\d/i;

/**
 * A version seen only inside file paths ("/usr/lib/python3.12/site-packages/…", ".nvm/versions/node/v18.1.0/…")
 * shows where the program runs from, not a complaint about that version: it counts this much.
 */
const PATH_VERSION = 0.5;

/** Every time the line names `word`, it opens a dotted class or module name (java.lang.AssertionError). */
function onlyAsNamespace(body: string, word: string): boolean {
  // "org.apache.maven.plugins": a segment of a dotted name, at its start or inside it.
  const all = [...body.matchAll(new RegExp(`(?<![\\w])${escapeRegExp(word)}(?![\\w-])`, 'gi'))];
  return (
    all.length > 0 &&
    all.every(
      (m) =>
        /^\.[a-z]/.test(body.slice(m.index + word.length, m.index + word.length + 2)) ||
        (m.index > 0 && body[m.index - 1] === '.' && /\w/.test(body[m.index - 2] ?? '')),
    )
  );
}

const LANGUAGE_EXTENSIONS = new Set([
  'c',
  'cc',
  'cpp',
  'cxx',
  'h',
  'hpp',
  'java',
  'go',
  'kt',
  'scala',
  'groovy',
  'cs',
  'rs',
  'swift',
  'php',
  'py',
  'rb',
  'js',
  'ts',
  'dart',
]);

/** Every time the line names `word`, it is a source file's extension in a stack frame: "(Foo.java:691)", 'x.py", line 3'. */
function onlyAsSourceExtension(body: string, word: string): boolean {
  // A build tool's own input ("BUILD.bazel:80:15") shows that tool at work: only languages' extensions.
  if (!LANGUAGE_EXTENSIONS.has(word)) return false;
  const name = escapeRegExp(word);
  // Named anywhere else ("java.lang", "Java Runtime"), it is more than a file's extension.
  if (new RegExp(`(?<!\\w|\\w\\.)${name}(?![\\w-])`, 'i').test(body)) return false;
  const all = [...body.matchAll(new RegExp(`(?<=\\w\\.)${name}(?![\\w-])`, 'gi'))];
  // "x.cc:12:", "x.py", line 3", "(x.java:691)", and cppcheck's templated "x.cc,213,error,…".
  return (
    all.length > 0 && all.every((m) => /^(?::\d|"?, line \d|\)|,\d+,)/.test(body.slice(m.index + word.length, m.index + word.length + 8)))
  );
}

/** Every time the line names `word`, it is the first part of an upper-case variable (HELM_EXPERIMENTAL_OCI). */
function onlyAsVariablePrefix(body: string, word: string): boolean {
  const all = [...body.matchAll(new RegExp(`(?<![A-Za-z0-9])${escapeRegExp(word)}(?![a-z0-9])`, 'gi'))];
  return all.length > 0 && all.every((m) => body[m.index + word.length] === '_' && m[0] === m[0].toUpperCase());
}

/** Every time the line names `word`, it is inside a command-line option's name (`-fuse-ld=mold`, `--with-ld`). */
function onlyInOptionNames(body: string, word: string): boolean {
  const all = [...body.matchAll(new RegExp(`(?<![a-z0-9])${escapeRegExp(word)}(?![a-z0-9])`, 'g'))];
  return all.length > 0 && all.every((m) => /(?:^|\s|['"=])--?[a-z][\w-]*-$/.test(body.slice(Math.max(0, m.index - 40), m.index)));
}

/** A tool's name only as the first part of the name of another program speaking: it counts this much. */
const NAME_PART = 0.5;

/**
 * "protoc-gen-go: unable to determine Go import path": the line is spoken by a program whose name begins with
 * the word (a plugin, a wrapper), and names the word nowhere else.
 */
function onlyAsNamePart(body: string, word: string): boolean {
  const speaker = new RegExp(`^\\s*${escapeRegExp(word)}-[a-z][\\w-]*: `).exec(body);
  if (!speaker) return false;
  const all = [...body.matchAll(new RegExp(`(?<![\\w.-])${escapeRegExp(word)}(?![\\w])`, 'g'))];
  return all.every((m) => m.index < speaker[0].length);
}

/**
 * "with linker `wasm-ld`", "x86_64-w64-mingw32-gcc: error: …": every occurrence of a short tool name ends another
 * program's hyphenated name. Options ("-fuse-ld") are onlyInOptionNames'.
 */
function onlyAsNameTail(body: string, word: string): boolean {
  if (word.length > 3) return false;
  const all = [...body.matchAll(new RegExp(`(?<![\\w.])${escapeRegExp(word)}(?![\\w-])`, 'g'))];
  return all.length > 0 && all.every((m) => /[a-z0-9]-$/.test(body.slice(0, m.index)));
}

/** Every occurrence of the word is a package descriptor's protocol: "argon2@npm:0.44.0", "lodash@patch:…". */
function onlyAsProtocol(body: string, word: string): boolean {
  const all = [...body.matchAll(new RegExp(`(?<![\\w.-])${escapeRegExp(word)}(?![\\w-])`, 'g'))];
  return all.length > 0 && all.every((m) => body[m.index - 1] === '@' && body[m.index + word.length] === ':' && m.index > 1);
}

/** Every occurrence of the word is inside a URL's host ("https://gh.io/…", "http://nodejs.example.net/…"). */
function onlyInUrlHosts(body: string, word: string): boolean {
  const hosts = [...body.matchAll(/\b[a-z][\w+.-]*:\/\/([^/\s:'"`<>]+)/g)];
  if (hosts.length === 0) return false;
  const all = [...body.matchAll(new RegExp(`(?<![\\w.-])${escapeRegExp(word)}(?![\\w-])`, 'g'))];
  return (
    all.length > 0 &&
    all.every((m) => hosts.some((h) => m.index >= h.index + h[0].length - h[1]!.length && m.index < h.index + h[0].length))
  );
}

/** Every occurrence of the word is a module specifier's scheme: "node:internal/errors:985:15", "node:child_process:925:11". */
function onlyAsModuleScheme(body: string, word: string): boolean {
  const all = [...body.matchAll(new RegExp(`(?<![\\w.-])${escapeRegExp(word)}(?![\\w-])`, 'gi'))];
  return all.length > 0 && all.every((m) => /^:[a-z_]+(?:\/[\w/.-]*)?:\d+/.test(body.slice(m.index + m[0].length)));
}

function onlyInPaths(body: string, version: string): boolean {
  let seen = false;
  for (let i = body.indexOf(version); i >= 0; i = body.indexOf(version, i + 1)) {
    seen = true;
    // Inside a path: a '/' (or Windows' '\\') before it with no space between (a directory or the file name at the end).
    const start = Math.max(body.lastIndexOf('/', i), body.lastIndexOf('\\', i));
    if (start < 0 || /[\s'"`(]/.test(body.slice(start, i))) return false;
  }
  return seen;
}

/** The log prints this setting's name with B's (or A's) value: `useradd: UID 0 is not unique` for security.uid 1000 -> 0. */
function settingFindings(d: Difference, mentions: Mentions): Finding[] {
  if (typeof d.a === 'object' || typeof d.b === 'object') return [];
  // A number of five digits or more on an error line ("open files limit 1024 is below 1048576"): B's value, seen.
  // Off error lines such numbers are statistics and settings dumps, printed whether they matter or not.
  if (typeof d.b === 'number' && Number.isInteger(d.b) && Math.abs(d.b) >= 10_000 && d.b !== d.a) {
    const at = mentions.words.get(String(d.b));
    if (at?.error) return [finding(0.5, at, `an error line prints ${d.b}, B's ${d.key}`)];
  }
  // "The configured user limit (128) on the number of inotify instances": B's number beside the limit's own word.
  if (typeof d.b === 'number' && Number.isInteger(d.b) && d.b !== d.a && String(d.b).length >= 2) {
    const at = mentions.words.get(String(d.b));
    const word = at?.error ? limitWords(d.key).find((w) => at.line.body.toLowerCase().includes(w)) : undefined;
    if (at && word) return [finding(0.55, at, `an error line prints ${d.b}, B's ${d.key}, with its ${word}`)];
  }
  // A generic key is printed under its facet's name: libc.family musl as "libc=musl".
  // An architecture is printed as "architecture 'arm64'" as often as "arch".
  const synonyms = d.key === 'arch' || d.key === 'machine' ? ['architecture', 'platform'] : [];
  const names = [d.key.toLowerCase(), ...(GENERIC_KEYS.has(d.key) ? [d.facet] : []), ...synonyms].filter((n) => n.length >= 3);
  for (const [side, value, weight] of [
    ['B', d.b, 0.6],
    ['A', d.a, 0.4],
  ] as const) {
    if (value === undefined || value === null) continue;
    for (const name of names) {
      const at = mentions.settings.get(`${name}\u0000${String(value)}`);
      if (at) return [finding(weight, at, `the log names ${name} ${String(value)}, ${side}'s value`)];
    }
  }
  return [];
}

/** Words of a limit's key that are not about every limit: fs.inotify.max_user_instances -> inotify, instances. */
const LIMIT_FILLER = new Set([
  'max',
  'min',
  'user',
  'users',
  'ulimit',
  'limit',
  'size',
  'total',
  'count',
  'conf',
  'all',
  'default',
  'core',
  'kernel',
]);
function limitWords(key: string): string[] {
  return key
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter((w) => w.length >= 4 && !LIMIT_FILLER.has(w));
}

/**
 * A variable named in prose ("JAVA_HOME is set to an invalid directory"): only
 * names that cannot be ordinary words (an underscore or a digit, 4+ characters),
 * spelled as the variable is, on the line.
 */
function namedVariable(key: string, mentions: Mentions): Mention | undefined {
  if (key.length < 4 || !/^[A-Z][A-Z0-9_]*$/.test(key)) return undefined;
  const at = mentions.words.get(key.toLowerCase());
  // A plain word (PATH, HOME, LANG) is the variable only in capitals on an error line ("not on the available PATH").
  if (!/[_\d]/.test(key) && !at?.error) return undefined;
  return at && new RegExp(`(?<![\\w$])${key}(?!\\w)`).test(at.line.body) ? at : undefined;
}

/**
 * Does a package or soname provide `-l<lib>`? libNAME-dev, libNAME1.2, NAMElib1g-dev
 * (zlib1g-dev for -lz), NAME-devel, libNAME.so.N, and Alpine's and Fedora's NAME-static, whose archives a static
 * link (-static) reads.
 */
function providesLinkerLib(name: string, lib: string): boolean {
  // ncurses ships its wide-character builds beside the narrow ones: -lncursesw, -lpanelw, -lformw, -lmenuw.
  if (/^(?:ncurses|panel|form|menu)w$/.test(lib) && providesLinkerLib(name, 'ncurses')) return true;
  const esc = escapeRegExp(lib);
  return new RegExp(
    `^(?:lib${esc}|${esc}lib|${esc})(?:[\\d.]*(?:g|t64)?)?(?:-dev|-devel|-static|\\.so(?:\\.[\\d.]+)?|\\.a|\\.dylib|\\.tbd)?(?::\\w+)?$`,
  ).test(name);
}

function namesAny(at: Mention, words: readonly string[]): boolean {
  const lower = at.line.body.toLowerCase();
  // A whole word, not a file's extension ("Dwarf.cc.o" does not name cc).
  return words.some((w) => w.length >= 2 && new RegExp(`(?:^|[^a-z0-9.])${escapeRegExp(w)}(?![a-z])`).test(lower));
}

/**
 * A Homebrew keg the log runs, at exactly B's version ("php@8.1/8.1.27_1", a rebuilt bottle): the log shows B's
 * build of this formula at work, where a version number alone would name A's 8.1.27 as well. Most of all when it
 * is the binary that cannot load its libraries (dyld's "Referenced from:").
 */
function cellarFindings(d: Difference, mentions: Mentions): Finding[] {
  const keg = mentions.cellar.get(d.key.toLowerCase());
  const version = versionOf(d.b);
  // "/bin/sh: /usr/local/Cellar/cmake/3.25.1/bin/cmake: No such file or directory": A's keg, which B's upgrade
  // removed, still named by what A's build left behind (a CMake cache, a shebang, a wrapper).
  if (keg && keg.version === versionOf(d.a) && keg.version !== version && FILE_NOT_FOUND.test(keg.at.line.body))
    return [
      finding(0.75, keg.at, `the log cannot find A's build of ${d.key} (${keg.version}), which B replaced: something still points at it`),
    ];
  if (!keg || keg.version !== version || version === versionOf(d.a)) return [];
  const loading = /^\s*Referenced from:/.test(keg.at.line.body);
  return [
    finding(
      loading ? 0.75 : 0.5,
      keg.at,
      loading
        ? `the binary that cannot load its libraries is B's build of ${d.key} (${version})`
        : `the log runs B's build of ${d.key} (${version})`,
    ),
  ];
}

/**
 * The id of the key a signature check failed on, found in one side's value only: a captured key listing
 * (`apt-key list`, printed in groups of four: "A4B4 6996 3BF8 63CC") that holds the key on A and not on B.
 */
function signingKeyFindings(d: Difference, mentions: Mentions): Finding[] {
  if (mentions.signingKeys.size === 0) return [];
  const flat = (v: FacetValue | undefined) => (typeof v === 'string' && v.length <= 100_000 ? v.replace(/\s+/g, '').toUpperCase() : '');
  const a = flat(d.a);
  const b = flat(d.b);
  for (const [id, at] of mentions.signingKeys) {
    if (a.includes(id) === b.includes(id)) continue;
    return [finding(0.9, at, `the signing key the check failed on (${id}) is in ${a.includes(id) ? 'A' : 'B'}'s value only`)];
  }
  return [];
}

function finding(weight: number, at: Mention, why: string): Finding {
  return { weight: at.error ? weight : weight * CONTEXT_LINE, line: at.line, why, via: 'token' };
}

function versionOf(v: FacetValue | undefined): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'object' && v !== null && !Array.isArray(v) && typeof v['version'] === 'string') return v['version'];
  return '';
}
