#!/usr/bin/env bash
# Times `review-i18n check` over a site as a process, the way CI runs it:
# publishes the CLI ReadyToRun, then runs the process benchmark.
#   bench/corpus-check.sh /tmp/audioreview [runs] [-- cli args]
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
site="${1:?usage: corpus-check.sh SITE [runs] [-- args]}"; shift
runs="${1:-10}"; [ $# -gt 0 ] && shift
[ -f "$site/pipeline.json" ] || cp "$here/examples/jekyll/pipeline.json" "$site/pipeline.json"
out="$here/artifacts/bench-cli"
dotnet publish "$here/src/ReviewI18n.Cli" -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$out" >/dev/null
dotnet run -c Release --project "$here/bench/ReviewI18n.Bench" -- process "$out/review-i18n" "$site" "$runs" "$@"
