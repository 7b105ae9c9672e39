# toolchains: versions of the build tools that exist here. Every tool is asked in
# parallel (JVMs and npm are slow); each answer is printed with one printf so the
# parallel parts do not interleave. npm's version is read from its package.json
# when it can be found, to avoid starting node.
# Raw text convention: src/parse/sections.ts.
pr_ask() {
  # $1 = tool name (the part name), rest = command; keep the first 3 lines.
  pr_name=$1; shift
  command -v "$1" >/dev/null 2>&1 || return 0
  (
    pr_out=$("$@" 2>&1 </dev/null)
    pr_text="@cmd $pr_name$pr_nl"
    pr_n=0
    while [ -n "$pr_out" ] && [ $pr_n -lt 3 ]; do
      case $pr_out in
        *"$pr_nl"*) pr_text="$pr_text ${pr_out%%"$pr_nl"*}$pr_nl"; pr_out=${pr_out#*"$pr_nl"} ;;
        *) pr_text="$pr_text $pr_out$pr_nl"; pr_out= ;;
      esac
      pr_n=$((pr_n + 1))
    done
    printf '%s' "$pr_text"
  ) &
}
pr_ask gcc gcc --version
pr_ask cc cc --version
pr_ask clang clang --version
pr_ask make make --version
pr_ask cmake cmake --version
pr_ask go go version
pr_ask node node --version
pr_ask python3 python3 --version
# A JDK/JRE records its version in <home>/release: reading it avoids starting a JVM
# (~40 ms of CPU). Without it, ask java itself.
if pr_java=$(command -v java 2>/dev/null); then
  pr_java=$(readlink -f "$pr_java" 2>/dev/null || echo "$pr_java")
  pr_release=${pr_java%/bin/java}/release
  if [ "$pr_release" != "$pr_java" ] && [ -r "$pr_release" ] && grep -q '^JAVA_VERSION=' "$pr_release"; then
    printf '@file %s\n %s\n' "$pr_release" "$(grep '^JAVA_VERSION=' "$pr_release")"
  else
    pr_ask java java -version
  fi
fi
pr_ask rustc rustc --version
pr_ask git git --version
# busybox prints its version banner when run without an applet.
pr_ask busybox busybox
if command -v docker >/dev/null 2>&1; then
  pr_ask docker docker --version
  pr_ask buildx docker buildx version
fi
if pr_npm=$(command -v npm 2>/dev/null); then
  pr_real=$(readlink -f "$pr_npm" 2>/dev/null)
  pr_pkg=${pr_real%/bin/*}/package.json
  if [ -n "$pr_real" ] && [ -r "$pr_pkg" ]; then
    # The first "version" line of npm's own package.json.
    awk -v f="$pr_pkg" '/^[ \t]*"version"[ \t]*:/ { print "@file " f; print " " $0; exit }' "$pr_pkg"
  else
    pr_ask npm npm --version
  fi
fi
wait
