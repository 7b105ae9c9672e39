# Helpers shared by every probe: the bundle defines them once, before the probes
# (src/capture/bundle.ts), and each probe's subshell inherits them.
# Raw text convention: src/parse/sections.ts — a header line `@<kind> <name>`, then
# the content, every line prefixed with one space so content cannot forge a header.
pr_nl='
'
# Print a part whose content is a shell value, one prefixed line per line.
pr_part() {
  printf '@%s %s\n' "$1" "$2"
  pr_v=$3
  while [ -n "$pr_v" ]; do
    case $pr_v in
      *"$pr_nl"*) printf ' %s\n' "${pr_v%%"$pr_nl"*}"; pr_v=${pr_v#*"$pr_nl"} ;;
      *) printf ' %s\n' "$pr_v"; pr_v= ;;
    esac
  done
}
# Print files as `@file` parts, in one awk process. pr_pat (an awk regex) keeps only
# matching lines; with pr_missing set, an unreadable file prints `@missing <path>`
# (for facets where "not there" is itself the fact, e.g. binfmt_misc not mounted).
pr_files() {
  awk -v pat="${pr_pat-}" -v missing="${pr_missing-}" 'BEGIN {
    for (i = 1; i < ARGC; i++) {
      f = ARGV[i]
      # A name with a newline could forge a header line: never print one.
      if (index(f, "\n")) continue
      r = (getline line < f)
      if (r < 0) { if (missing != "") print "@missing " f; continue }
      print "@file " f
      while (r > 0) { if (pat == "" || line ~ pat) print " " line; r = (getline line < f) }
      close(f)
    }
    exit
  }' "$@"
}
