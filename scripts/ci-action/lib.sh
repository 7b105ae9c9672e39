# Shared by start.sh and finish.sh (sourced): how to run envdiff, where the
# run's state lives between the two steps, and the store and job they agree on.

# The envdiff CLI: $ENVDIFF_BIN (tests), the action checkout's own build, else the
# npm package of the action's version.
envdiff() {
  if [ -n "${ENVDIFF_BIN:-}" ]; then
    # shellcheck disable=SC2086 # a command with arguments, e.g. "node /path/bin.js"
    $ENVDIFF_BIN "$@"
  elif [ -f "$GITHUB_ACTION_PATH/dist/bin.js" ]; then
    node "$GITHUB_ACTION_PATH/dist/bin.js" "$@"
  else
    local version=${ENVDIFF_VERSION_INPUT:-}
    [ -n "$version" ] || version=$(node -p "require(process.argv[1]).version" "$GITHUB_ACTION_PATH/package.json")
    npx --yes "envdiff@$version" "$@"
  fi
}

# State kept between start and finish: the fingerprint and the run's reference.
state_dir=${RUNNER_TEMP:?RUNNER_TEMP is not set: run this as a GitHub Actions step}/envdiff
store=${ENVDIFF_STORE_INPUT:-$RUNNER_TEMP/envdiff-store}
job=${ENVDIFF_JOB_INPUT:-${GITHUB_WORKFLOW:-workflow}/${GITHUB_JOB:-job}}
# --anonymize reads its key from $XDG_CONFIG_HOME/envdiff/anonymize.key.
export XDG_CONFIG_HOME=$state_dir/config
anonymize_key=$XDG_CONFIG_HOME/envdiff/anonymize.key

# A registry store authenticates with the job's token (read by envdiff's store).
if [ -n "${ENVDIFF_REGISTRY_TOKEN_INPUT:-}" ]; then
  export ENVDIFF_REGISTRY_USER=${ENVDIFF_REGISTRY_USER_INPUT:-${GITHUB_ACTOR:-}}
  export ENVDIFF_REGISTRY_PASSWORD=$ENVDIFF_REGISTRY_TOKEN_INPUT
fi

# `name=value` for one line, the heredoc form for anything that may hold a newline.
set_output() {
  local delimiter
  delimiter="envdiff_$(od -An -N8 -tx1 /dev/urandom | tr -d ' \n')"
  printf '%s<<%s\n%s\n%s\n' "$1" "$delimiter" "$2" "$delimiter" >>"${GITHUB_OUTPUT:-/dev/null}"
}

# envdiff must never turn a green job red, nor hide why a red one failed: its own
# problems become a warning annotation and the step succeeds.
warn() {
  local message=${1//'%'/'%25'}
  message=${message//$'\r'/'%0D'}
  message=${message//$'\n'/'%0A'}
  echo "::warning title=envdiff::$message"
}
