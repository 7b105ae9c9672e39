# mirrors: package sources (apt one-line and deb822, apk, npm/yarn, pip, go),
# proxies, resolver and hosts overrides; each source host resolved in parallel,
# every lookup cut after ENVDIFF_DNS_TIMEOUT seconds (default 2).
# Raw text convention: src/parse/sections.ts.
pr_home=${HOME:-/root}
set --
for pr_f in /etc/apt/sources.list /etc/apt/sources.list.d/*.list /etc/apt/sources.list.d/*.sources \
  /etc/apk/repositories /etc/npmrc /usr/etc/npmrc /usr/local/etc/npmrc "$pr_home/.npmrc" \
  "$pr_home/.yarnrc" "$pr_home/.yarnrc.yml" /etc/pip.conf /etc/xdg/pip/pip.conf \
  "$pr_home/.pip/pip.conf" "$pr_home/.config/pip/pip.conf" "$pr_home/.config/go/env"; do
  [ -f "$pr_f" ] && [ -r "$pr_f" ] && set -- "$@" "$pr_f"
done
pr_files "$@" /etc/resolv.conf /etc/hosts
# Variables: registries and proxies (both cases; tools disagree on which they read).
pr_urls=
for pr_n in npm_config_registry NPM_CONFIG_REGISTRY YARN_REGISTRY YARN_NPM_REGISTRY_SERVER \
  PIP_INDEX_URL PIP_EXTRA_INDEX_URL GOPROXY GOSUMDB GOPRIVATE \
  http_proxy HTTP_PROXY https_proxy HTTPS_PROXY no_proxy NO_PROXY all_proxy ALL_PROXY; do
  eval "pr_set=\${$pr_n+x}"
  [ -n "$pr_set" ] || continue
  eval "pr_val=\${$pr_n}"
  pr_part env "$pr_n" "$pr_val"
  case $pr_n in
    *_proxy | *_PROXY | GOSUMDB | GOPRIVATE) ;;
    *) pr_urls="$pr_urls$pr_val$pr_nl" ;;
  esac
done
# Hosts of every URL outside comments; IP literals need no lookup. The parser
# derives the same host from each URL and picks up these lookups by host name.
pr_hosts=$(printf '%s' "$pr_urls" | awk '
  /^[ \t]*[#;]/ { next }
  {
    s = $0
    while (match(s, /[A-Za-z][A-Za-z0-9+.-]*:\/\/[^ \t"<>,|]+/)) {
      u = substr(s, RSTART, RLENGTH); s = substr(s, RSTART + RLENGTH)
      sub(/^[^:]*:\/\//, "", u); sub(/\/.*/, "", u); sub(/.*@/, "", u)
      if (!match(u, /^[A-Za-z0-9._-]+/)) continue
      h = tolower(substr(u, RSTART, RLENGTH))
      if (h ~ /^[0-9.]+$/ || (h in seen)) continue
      seen[h] = 1; print h
    }
  }' - "$@" 2>/dev/null)
pr_to=${ENVDIFF_DNS_TIMEOUT:-2}
if command -v getent >/dev/null 2>&1; then pr_lookup='getent ahosts'
elif command -v nslookup >/dev/null 2>&1; then pr_lookup=nslookup
else pr_lookup=; fi
if [ -n "$pr_hosts" ] && [ -z "$pr_lookup" ]; then
  echo "no getent or nslookup: source hosts not resolved" >&2
fi
if [ -n "$pr_lookup" ]; then
  for pr_h in $pr_hosts; do
    (
      # One lookup, killed at the timeout; the part is printed with one printf so
      # parallel lookups do not interleave their lines.
      pr_out=$(
        $pr_lookup "$pr_h" 2>&1 </dev/null &
        pr_p=$!
        ( sleep "$pr_to" & pr_s=$!; trap 'kill $pr_s 2>/dev/null; exit 0' TERM; wait $pr_s; kill -9 $pr_p 2>/dev/null ) >/dev/null 2>&1 &
        pr_w=$!
        wait $pr_p; pr_rc=$?
        kill $pr_w 2>/dev/null
        echo "@rc $pr_rc"
      )
      # getent repeats each address per socket type: keep one line per address, at
      # most 24, so the part stays one small write.
      pr_text="@cmd $pr_lookup $pr_h$pr_nl"
      pr_n=0
      while [ -n "$pr_out" ] && [ $pr_n -lt 24 ]; do
        case $pr_out in
          *"$pr_nl"*) pr_l=${pr_out%%"$pr_nl"*}; pr_out=${pr_out#*"$pr_nl"} ;;
          *) pr_l=$pr_out; pr_out= ;;
        esac
        case $pr_l in *' DGRAM'* | *' RAW'*) continue ;; esac
        pr_text="$pr_text $pr_l$pr_nl"
        pr_n=$((pr_n + 1))
      done
      case $pr_out in *'@rc '*) pr_text="$pr_text @rc ${pr_out##*@rc }$pr_nl" ;; esac
      printf '%s' "$pr_text"
    ) &
  done
  wait
fi
