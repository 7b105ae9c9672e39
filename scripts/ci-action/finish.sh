#!/usr/bin/env bash
# envdiff action, step finish (if: always()): mark the run pass or fail; when the
# job failed, compare this runner with the job's last green run, append the report
# to the job summary, annotate the top cause and set the outputs.
set -euo pipefail
# shellcheck source=scripts/ci-action/lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

case ${ENVDIFF_JOB_STATUS:-} in
  success | pass) status=pass ;;
  failure | fail) status=fail ;;
  cancelled)
    echo "envdiff: the job was cancelled; the run stays unmarked"
    exit 0
    ;;
  *)
    warn "status must be the job's status (status: \${{ job.status }}), got '${ENVDIFF_JOB_STATUS:-}'"
    exit 0
    ;;
esac
if [ ! -s "$state_dir/run-ref" ]; then
  warn "no run was recorded: did the step 'start' run in this job?"
  exit 0
fi
ref=$(cat "$state_dir/run-ref")
if ! envdiff store mark "$ref" --store "$store" --status "$status"; then
  warn "could not mark $ref $status in $store"
fi
[ "$status" = fail ] || exit 0

report=$state_dir/report.md
if ! envdiff store get "$job@last-green" --store "$store" -o "$state_dir/last-green.json" --force 2>"$state_dir/get.err"; then
  echo "envdiff: $(tail -n 1 "$state_dir/get.err")"
  printf '### envdiff\n\nNo green run of `%s` to compare with yet: the first passing run becomes the reference.\n' "$job" >>"${GITHUB_STEP_SUMMARY:-/dev/null}"
  exit 0
fi
compare=(compare "$state_dir/last-green.json" "$state_dir/fingerprint.json")
if [ -n "${ENVDIFF_LOG:-}" ]; then
  if [ -f "$ENVDIFF_LOG" ] && [ "${ENVDIFF_ANONYMIZE:-false}" = true ]; then
    # Anonymised fingerprints are ranked against the log under the same pseudonyms.
    envdiff anonymize "$ENVDIFF_LOG" -o "$state_dir/build.log" --force
    compare+=(--log "$state_dir/build.log")
  elif [ -f "$ENVDIFF_LOG" ]; then
    compare+=(--log "$ENVDIFF_LOG")
  else
    warn "log $ENVDIFF_LOG not found; ranking without it"
  fi
fi
# The summary (and ::error) for the runner, then JSON for the outputs.
rc=0
envdiff "${compare[@]}" --format github --top "${ENVDIFF_TOP:-10}" --summary -o "$report" --force || rc=$?
if [ "$rc" -gt 1 ]; then
  warn "compare failed (exit $rc)"
  exit 0
fi
envdiff "${compare[@]}" --format json -o "$state_dir/report.json" --force || true
node - "$state_dir/report.json" >"$state_dir/top" <<'JS'
const report = JSON.parse(require('node:fs').readFileSync(process.argv[2], 'utf8'));
const top = report.differences.find((d) => !(d.detail && d.detail.volatile));
process.stdout.write(top ? `${top.scope} › ${top.facet} › ${top.key}\n${top.score.toFixed(2)}\n` : '\n\n');
JS
{
  IFS= read -r cause
  IFS= read -r score
} <"$state_dir/top"
set_output top-cause "$cause"
set_output score "$score"
set_output report-path "$report"
