#!/usr/bin/env bash
# The steps of the review-i18n GitHub Action (action.yml), runnable outside GitHub with the
# runner's variables set: GITHUB_STEP_SUMMARY, GITHUB_OUTPUT, GITHUB_BASE_REF, RUNNER_TEMP, and
# the INPUT_* variables action.yml passes. REVIEW_I18N, when set, is the command to run instead
# of installing the tool (the tests point it at the build).
set -uo pipefail

fail_on="${INPUT_FAIL_ON:-error}"
changed_since="${INPUT_CHANGED_SINCE:-auto}"
temp="${RUNNER_TEMP:-$(mktemp -d)}"

if [ -n "${REVIEW_I18N:-}" ]; then
  read -r -a tool <<<"$REVIEW_I18N"
else
  install=(dotnet tool install --tool-path "$temp/review-i18n-tool" ReviewI18n.Tool)
  [ -n "${INPUT_VERSION:-}" ] && install+=(--version "$INPUT_VERSION")
  "${install[@]}" >/dev/null || { echo "::error::could not install ReviewI18n.Tool"; exit 2; }
  tool=("$temp/review-i18n-tool/review-i18n")
fi

global=()
[ -n "${INPUT_CONFIG:-}" ] && global+=(--config "$INPUT_CONFIG")

# What the change is compared with: the pull request's base branch, fetched when the checkout lacks it.
scope=()
if [ "$changed_since" = "auto" ]; then
  if [ -n "${GITHUB_BASE_REF:-}" ]; then
    base="origin/$GITHUB_BASE_REF"
    if ! git rev-parse --verify --quiet "$base^{commit}" >/dev/null; then
      git fetch --no-tags --quiet origin "+refs/heads/$GITHUB_BASE_REF:refs/remotes/origin/$GITHUB_BASE_REF" \
        || echo "::warning::could not fetch the base branch $GITHUB_BASE_REF; checking the whole site"
    fi
    git rev-parse --verify --quiet "$base^{commit}" >/dev/null && scope=(--changed-since "$base")
  fi
elif [ "$changed_since" != "none" ] && [ -n "$changed_since" ]; then
  scope=(--changed-since "$changed_since")
fi

status=0

# Annotations on the lines; the tool appends the job summary itself (GITHUB_STEP_SUMMARY).
"${tool[@]}" check "${global[@]}" --format github --fail-on "$fail_on" "${scope[@]}"
check_status=$?
[ "$check_status" -ne 0 ] && status=$check_status

if [ "${INPUT_SARIF:-true}" = "true" ]; then
  sarif="$temp/review-i18n.sarif"
  # The whole site, so code scanning can close alerts the change fixed; not in the job summary twice.
  GITHUB_STEP_SUMMARY="" "${tool[@]}" check "${global[@]}" --format sarif --fail-on none >"$sarif"
  sarif_status=$?
  if [ "$sarif_status" -eq 0 ]; then
    [ -n "${GITHUB_OUTPUT:-}" ] && echo "sarif-file=$sarif" >>"$GITHUB_OUTPUT"
  elif [ "$status" -eq 0 ]; then
    status=$sarif_status
  fi
fi

if [ "${INPUT_SYNC_CHECK:-true}" = "true" ]; then
  GITHUB_STEP_SUMMARY="" "${tool[@]}" sync "${global[@]}" --check >/dev/null
  sync_status=$?
  if [ "$sync_status" -eq 1 ]; then
    echo "::error::shared front-matter fields are out of sync; run 'review-i18n sync --write'"
    [ -n "${GITHUB_STEP_SUMMARY:-}" ] && printf '\nShared front-matter fields are out of sync: run `review-i18n sync --write`.\n' >>"$GITHUB_STEP_SUMMARY"
  fi
  [ "$sync_status" -ne 0 ] && [ "$status" -eq 0 ] && status=$sync_status
fi

exit "$status"
