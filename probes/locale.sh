# locale: LANG/LC_* as the probe sees them, the charmap they select, and the
# locales installed (`locale -a`, or /usr/lib/locale where there is no `locale`).
# Raw text convention: src/parse/sections.ts.
for pr_n in LANG LANGUAGE LC_ALL LC_CTYPE LC_COLLATE LC_MESSAGES; do
  eval "pr_set=\${$pr_n+x}"
  [ -n "$pr_set" ] || continue
  eval "pr_val=\${$pr_n}"
  pr_part env "$pr_n" "$pr_val"
done
if command -v locale >/dev/null 2>&1 && pr_out=$(locale charmap 2>/dev/null); then
  pr_part cmd 'locale charmap' "$pr_out"
  pr_part cmd 'locale -a' "$(locale -a 2>/dev/null)"
elif [ -d /usr/lib/locale ]; then
  pr_list=
  for pr_e in /usr/lib/locale/*; do
    [ -e "$pr_e" ] || continue
    case ${pr_e##*/} in *"$pr_nl"*) continue ;; esac
    pr_list="$pr_list${pr_e##*/}$pr_nl"
  done
  pr_part dir /usr/lib/locale "$pr_list"
fi
