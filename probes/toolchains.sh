# toolchains: versions of the build tools that exist here. Every tool is asked in
# parallel (JVMs and npm are slow); each answer is printed with one printf so the
# parallel parts do not interleave. Where a tool's version is written in a file of
# its installation (a JDK's release file, Go's VERSION, a node package's
# package.json, a Maven/Gradle lib jar name, the .NET sdk directory, Python
# packages' METADATA), that file is read instead of starting the tool: a JVM or a
# node start costs 40-250 ms of CPU, `mvn --version` ~0.4 s.
# Raw text convention: src/parse/sections.ts.

# Never let a version query download or install anything (rustup proxies install a
# missing toolchain, corepack shims fetch package managers) or print first-run banners.
RUSTUP_AUTO_INSTALL=0 COREPACK_ENABLE_NETWORK=0 COREPACK_ENABLE_DOWNLOAD_PROMPT=0 \
  DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1 \
  COMPOSER_ALLOW_SUPERUSER=1 COMPOSER_NO_INTERACTION=1
export RUSTUP_AUTO_INSTALL COREPACK_ENABLE_NETWORK COREPACK_ENABLE_DOWNLOAD_PROMPT \
  DOTNET_CLI_TELEMETRY_OPTOUT DOTNET_NOLOGO DOTNET_SKIP_FIRST_TIME_EXPERIENCE \
  COMPOSER_ALLOW_SUPERUSER COMPOSER_NO_INTERACTION

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

# The real path of a command on PATH (symlinks and alternatives followed), or fail.
pr_real() {
  pr_r=$(command -v "$1" 2>/dev/null) || return 1
  case $pr_r in /*) ;; *) return 1 ;; esac
  readlink -f "$pr_r" 2>/dev/null || echo "$pr_r"
}

# A directory listing as a `dir` part, only entries matching the glob $2, symlinks
# as `name -> target`. Nothing when nothing matches.
pr_list() {
  pr_d=$1
  case $pr_d in *"$pr_nl"*) return 0 ;; esac
  pr_l=
  for pr_e in "$pr_d"/$2; do
    [ -e "$pr_e" ] || [ -L "$pr_e" ] || continue
    pr_b=${pr_e##*/}
    case $pr_b in *"$pr_nl"*) continue ;; esac
    if [ -L "$pr_e" ]; then pr_l="$pr_l $pr_b -> $(readlink "$pr_e")$pr_nl"; else pr_l="$pr_l $pr_b$pr_nl"; fi
  done
  [ -n "$pr_l" ] && printf '@dir %s\n%s' "$pr_d" "$pr_l"
  return 0
}

# A node-package CLI: the name and version lines of the package.json of the package
# the command belongs to (up to 3 levels above the resolved script). Without one,
# the tool is asked, unless it is a corepack shim (which would fetch the manager).
pr_node_tool() {
  pr_t=$1
  pr_p=$(pr_real "$pr_t") || return 0
  pr_dir=${pr_p%/*}
  for pr_i in 1 2 3; do
    if [ -r "$pr_dir/package.json" ]; then
      case $pr_dir in */corepack) [ "$pr_t" != corepack ] && return 0 ;; esac
      awk -v f="$pr_dir/package.json" '
        /^[ \t]*"name"[ \t]*:/ && !n { n = $0 }
        /^[ \t]*"version"[ \t]*:/ && !v { v = $0 }
        n && v { exit }
        END { if (n && v) { print "@file " f; print " " n; print " " v } }' "$pr_dir/package.json"
      return 0
    fi
    pr_dir=${pr_dir%/*}
    [ -n "$pr_dir" ] || break
  done
  pr_ask "$pr_t" "$pr_t" --version
}

pr_ask gcc gcc --version
pr_ask g++ g++ --version
pr_ask cc cc --version
pr_ask clang clang --version
pr_ask make make --version
pr_ask cmake cmake --version
pr_ask node node --version
pr_ask rustc rustc --version
pr_ask cargo cargo --version
pr_ask rustup rustup --version
pr_ask rustup.toolchain rustup show active-toolchain
pr_ask ruby ruby --version
pr_ask bundler bundle --version
pr_ask gem gem --version
pr_ask php php --version
pr_ask composer composer --version --no-ansi
pr_ask git git --version
pr_ask qemu-aarch64-static qemu-aarch64-static --version
# busybox prints its version banner when run without an applet.
pr_ask busybox busybox
if command -v docker >/dev/null 2>&1; then
  pr_ask docker docker --version
  pr_ask buildx docker buildx version
fi

# Go records its version in <GOROOT>/VERSION ("go1.21.3").
if pr_go=$(pr_real go); then
  pr_root=${pr_go%/bin/go}
  if [ "$pr_root" != "$pr_go" ] && [ -r "$pr_root/VERSION" ] && [ "$(head -c 2 "$pr_root/VERSION" 2>/dev/null)" = go ]; then
    pr_pat='^go[0-9]' pr_files "$pr_root/VERSION"
  else
    pr_ask go go version
  fi
fi

# A JDK/JRE records its version in <home>/release: reading it avoids starting a JVM
# (~40 ms of CPU). `@var <tool>.home` says which home each of java/javac is in.
for pr_j in java javac; do
  pr_jp=$(pr_real "$pr_j") || continue
  pr_home=${pr_jp%/bin/"$pr_j"}
  pr_jv=
  [ "$pr_home" != "$pr_jp" ] && [ -r "$pr_home/release" ] && pr_jv=$(awk '/^JAVA_VERSION=/ { print; exit }' "$pr_home/release")
  if [ -n "$pr_jv" ]; then
    printf '@var %s.home\n %s\n@file %s\n %s\n' "$pr_j" "$pr_home" "$pr_home/release" "$pr_jv"
  elif [ "$pr_j" = java ]; then
    pr_ask java java -version
  else
    pr_ask javac javac -version
  fi
done

# Maven and Gradle name their core jars with their version (<home>/lib/maven-core-3.9.6.jar,
# gradle-launcher-8.5.jar). Debian links an unversioned name into /usr/share/java,
# where a versioned link sits beside the target (maven3-core-3.8.7.jar).
if pr_m=$(pr_real mvn); then
  pr_home=${pr_m%/bin/mvn}
  pr_core=$(pr_list "$pr_home/lib" 'maven-core-*.jar')
  case $pr_core in
    *maven-core-[0-9]*.[0-9]*.jar*) printf '%s\n' "$pr_core" ;;
    *' -> '*)
      printf '%s\n' "$pr_core"
      for pr_e in "$pr_home"/lib/maven-core-*.jar; do
        pr_t=$(readlink -f "$pr_e" 2>/dev/null) || continue
        pr_b=${pr_t##*/}
        pr_list "${pr_t%/*}" "${pr_b%.jar}-[0-9]*.jar"
        break
      done
      ;;
    *) pr_ask mvn mvn --version ;;
  esac
fi
if pr_g=$(pr_real gradle); then
  pr_home=${pr_g%/bin/gradle}
  pr_core=$(pr_list "$pr_home/lib" 'gradle-launcher-*.jar')
  [ -n "$pr_core" ] || pr_core=$(pr_list "$pr_home/lib" 'gradle-core-api-*.jar')
  if [ -n "$pr_core" ]; then printf '%s\n' "$pr_core"; else pr_ask gradle gradle --version; fi
fi
# .NET: the SDKs installed beside the dotnet host (the newest is used unless a
# global.json pins one).
if pr_n=$(pr_real dotnet); then
  pr_sdks=$(pr_list "${pr_n%/*}/sdk" '[0-9]*')
  if [ -n "$pr_sdks" ]; then printf '%s\n' "$pr_sdks"; else pr_ask dotnet dotnet --version; fi
fi

if pr_npm=$(pr_real npm); then
  pr_pkg=${pr_npm%/bin/*}/package.json
  if [ -r "$pr_pkg" ]; then
    awk -v f="$pr_pkg" '
      /^[ \t]*"name"[ \t]*:/ && !n { n = $0 }
      /^[ \t]*"version"[ \t]*:/ && !v { v = $0 }
      n && v { exit }
      END { if (v) { print "@file " f; if (n) print " " n; print " " v } }' "$pr_pkg"
  else
    pr_ask npm npm --version
  fi
fi
for pr_t in pnpm yarn corepack; do pr_node_tool "$pr_t"; done

# python3's version, and pip, setuptools and wheel of it: the first of each found
# in the interpreter's site dirs, read from its METADATA (dist-info) or PKG-INFO
# (egg-info) header lines. One interpreter start for all of it, without the site
# module (-S: importing it costs more than the rest); the site dirs are the ones
# site.py would add, in its order: the user site, then the prefix's (a venv's own
# prefix; Debian's dist-packages; lib64 on RHEL-likes).
if command -v python3 >/dev/null 2>&1; then
  (
    pr_info=$(python3 -S -c 'import sys
print("Python " + sys.version.split()[0])
print("%d.%d" % sys.version_info[:2])
print(sys.prefix)
print(sys.exec_prefix)' 2>/dev/null </dev/null)
    pr_v=${pr_info#*"$pr_nl"}; pr_xy=${pr_v%%"$pr_nl"*}
    pr_v=${pr_v#*"$pr_nl"}; pr_prefix=${pr_v%%"$pr_nl"*}; pr_exec=${pr_v#*"$pr_nl"}
    pr_paths=${pr_info%%"$pr_nl"*}
    for pr_p in "$pr_prefix" "$pr_exec"; do
      pr_paths="$pr_paths$pr_nl$pr_p/local/lib/python$pr_xy/dist-packages$pr_nl$pr_p/lib/python3/dist-packages$pr_nl$pr_p/lib/python$pr_xy/site-packages$pr_nl$pr_p/lib64/python$pr_xy/site-packages"
    done
    [ -n "${HOME:-}" ] && [ -z "${PYTHONNOUSERSITE:-}" ] && [ ! -e "$pr_prefix/pyvenv.cfg" ] &&
      pr_paths="${pr_info%%"$pr_nl"*}$pr_nl$HOME/.local/lib/python$pr_xy/site-packages${pr_paths#*"$pr_nl"}"
    case $pr_paths in
      Python\ *) ;;
      *) pr_ask python3 python3 --version; wait; exit 0 ;;
    esac
    pr_text="@cmd python3$pr_nl ${pr_paths%%"$pr_nl"*}$pr_nl"
    pr_found=
    while IFS= read -r pr_d; do
      case $pr_d in /*) ;; *) continue ;; esac
      [ -d "$pr_d" ] || continue
      for pr_pkg in pip setuptools wheel; do
        case " $pr_found " in *" $pr_pkg "*) continue ;; esac
        for pr_f in "$pr_d/$pr_pkg"-[0-9]*.dist-info/METADATA "$pr_d/$pr_pkg"-[0-9]*.egg-info/PKG-INFO "$pr_d/$pr_pkg"-[0-9]*.egg-info; do
          [ -f "$pr_f" ] && [ -r "$pr_f" ] || continue
          # Header lines only: they end at the first blank line.
          pr_h=$(awk '/^$/ { exit } /^(Name|Version):/ { print " " $0 }' "$pr_f")
          pr_text="$pr_text@file $pr_f$pr_nl$pr_h$pr_nl"
          pr_found="$pr_found $pr_pkg"
          break
        done
      done
    done <<EOF
$pr_paths
EOF
    printf '%s' "$pr_text"
  ) &
fi
wait
