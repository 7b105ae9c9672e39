# env: every environment variable, byte-exact. /proc/<pid>/environ is NUL
# separated; printed as hex so no value (newlines, odd bytes) can forge another
# variable or part. Without /proc or od: `export -p`, which the shell quotes.
# ENVDIFF_ENV_PID picks the process (default: the bundle shell, whose environment
# is the one the runner started it with). Secrets are redacted by the parser.
# Raw text convention: src/parse/sections.ts.
pr_pid=${ENVDIFF_ENV_PID:-$$}
if [ -r "/proc/$pr_pid/environ" ] && command -v od >/dev/null 2>&1; then
  echo "@hex /proc/$pr_pid/environ"
  # od -An lines already start with a space, which is the content prefix.
  od -An -v -tx1 "/proc/$pr_pid/environ"
else
  echo '@cmd export -p'
  export -p | awk '{ print " " $0 }'
fi
