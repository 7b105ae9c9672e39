/**
 * The command a log shows being run: a shell prompt (`$ cosign verify …`,
 * `root@host:/src# rpm --import …`), shell tracing (`+ gpg --recv-keys …`), a
 * Dockerfile step (`RUN apt-get update`), GitHub Actions' `[command]/usr/bin/git …`.
 * The last one before the first error line is the failing step's program: it
 * names the tool whose version matters even when its error message does not
 * (cosign's "no matching signatures"). Pure.
 */

/** The program a command line runs ("cosign", "rpm"). */
export interface CommandLine {
  program: string;
}

const PROMPTS: RegExp[] = [
  // "$ cmd", "% cmd", "# cmd" (a root prompt: a space after it), "+ cmd" / "++ cmd" (set -x), "> cmd" (npm scripts).
  /^\s*(?:\$|%|#|\+{1,3}|>)\s+(\S.*)$/,
  // "user@host:~/src$ cmd", "root@c289986a1f42:/home# cmd", "[user@host dir]$ cmd".
  /^\s*\[?[\w.-]+@[\w.-]+(?::[^\s$#]*|\s+[^\]$#]*\])?[$#]\s+(\S.*)$/,
  // Dockerfile steps, classic builder and BuildKit: "Step 8/17 : RUN cmd", "[build 5/6] RUN cmd",
  // and BuildKit's progress view: "=> ERROR [ 2/13] RUN cmd   1.3s".
  /^\s*(?:Step \d+\/\d+ : |(?:=>\s+(?:ERROR\s+)?)?\[[^\]]+\] )RUN\s+(?:--\S+\s+)*(\S.*?)(?:\s+\d+(?:\.\d+)?s)?$/,
  // GitHub Actions: "[command]/usr/bin/git version", "##[group]Run npm ci", "Run npm ci".
  /^\s*\[command\](\S.*)$/,
  /^\s*(?:##\[group\])?Run (\S.*)$/,
];

/**
 * A tag a runner puts before the lines of the program it runs: Terraform's provisioners
 * ("null_resource.deploy (local-exec): + kubectl apply …"), Compose's services ("web_1  | + npm ci").
 */
const OUTPUT_TAG = /^\s*(?:[\w.[\]"-]+ \((?:local|remote)-exec\):|[\w.-]+\s+\|)\s+/;

/** Words before the program: variable assignments, privilege and timing wrappers. */
const PREFIX_WORDS = new Set(['sudo', 'env', 'time', 'exec', 'nice', 'nohup', 'command', 'xargs', 'then', 'do', 'if', '!']);
const ASSIGNMENT = /^[A-Za-z_][A-Za-z0-9_]*=/;
/** Shells given a script with -c: the program is the script's first command. */
const SHELLS = new Set(['sh', 'bash', 'dash', 'zsh', 'ash']);

/** The program a command line runs, when the line is one. */
export function commandLine(body: string): CommandLine | undefined {
  if (body.length > 2000) return undefined;
  const untagged = body.replace(OUTPUT_TAG, '');
  for (const prompt of PROMPTS) {
    const m = prompt.exec(untagged);
    if (!m) continue;
    const program = programOf(m[1]!.trim(), 0);
    if (program) return { program };
  }
  return undefined;
}

function programOf(command: string, depth: number): string | undefined {
  const words = command.split(/\s+/);
  let i = 0;
  while (i < words.length && (ASSIGNMENT.test(words[i]!) || PREFIX_WORDS.has(words[i]!) || /^-/.test(words[i]!))) i++;
  const first = words[i];
  if (first === undefined) return undefined;
  const name = first.replace(/^["'(]+|["');&|]+$/g, '');
  const program = name.slice(name.lastIndexOf('/') + 1);
  if (SHELLS.has(program) && words[i + 1] === '-c' && depth === 0) {
    const script = words
      .slice(i + 2)
      .join(' ')
      .replace(/^["']|["']$/g, '');
    return programOf(script, depth + 1) ?? program;
  }
  // A program is a lower-case word of letters, digits and dashes ("# Installing dependencies" is a comment);
  // not a number, a sentence word or a script of the project's own.
  return /^[a-z][a-z0-9_.+-]*$/.test(program) && !/\.(?:sh|py|rb|pl|js)$/.test(program) ? program : undefined;
}
