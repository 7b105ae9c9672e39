#!/usr/bin/env bash
# envdiff action, step start: fingerprint this runner (and the images asked for)
# and record the run in the store; finish.sh marks it and compares.
set -euo pipefail
# shellcheck source=scripts/ci-action/lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

mkdir -p "$state_dir"
args=(capture -o "$state_dir/fingerprint.json" --force --store "$store" --job "$job")
# Images: one per line or comma-separated.
while IFS= read -r image; do
  image=${image#"${image%%[![:space:]]*}"}
  image=${image%"${image##*[![:space:]]}"}
  [ -z "$image" ] || args+=(--image "$image")
done < <(printf '%s\n' "${ENVDIFF_IMAGES:-}" | tr ',' '\n')
if [ "${ENVDIFF_ANONYMIZE:-false}" = true ]; then
  args+=(--anonymize)
  if [ -n "${ENVDIFF_ANONYMIZE_KEY:-}" ]; then
    # Runs compare only if their pseudonyms come from one key: the secret, as the
    # per-user key file envdiff reads (0600, in this job's temp dir).
    mkdir -p "$(dirname "$anonymize_key")"
    (umask 077 && printf '%s' "$ENVDIFF_ANONYMIZE_KEY" >"$anonymize_key")
  else
    warn "anonymize is on without anonymize-key: each run gets a new key, so its pseudonyms will not match the last green run's"
  fi
fi
# shellcheck disable=SC2206 # extra flags are split on spaces on purpose
[ -z "${ENVDIFF_CAPTURE_ARGS:-}" ] || args+=($ENVDIFF_CAPTURE_ARGS)

if ! ref=$(envdiff "${args[@]}" 2>"$state_dir/capture.err"); then
  cat "$state_dir/capture.err" >&2
  warn "capture failed: $(tail -n 1 "$state_dir/capture.err")"
  exit 0
fi
cat "$state_dir/capture.err" >&2
printf '%s\n' "$ref" >"$state_dir/run-ref"
set_output run-ref "$ref"
echo "envdiff: recorded this run as $ref"
