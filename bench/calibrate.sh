#!/usr/bin/env bash
# How fast can a POST of this application be at all? A yardstick for the "logging a case" target of
# docs/performance.md (a third of the API baseline's throughput).
#
# Builds the committed HEAD with bench/calibration.patch applied (in a temporary git worktree: the patch is never
# part of the product) and measures, one set-up after another, each on a fresh H2 database with the demo data:
#   no-database  POST /api/v1/cases parses, validates and classifies the case as usual, then answers; no SQL at all
#   one-row      the same, plus one transaction inserting the case row alone over plain JDBC
#   lean         every read and write the product's logging makes (customer looked up, case number drawn, case row,
#                three timeline entries sent as one batch, consent checked, acknowledgement kept) in one transaction
#                over plain JDBC, no JPA, answered with the full case as the product answers
#   full         logging a case as the product does
# and in the same run the API baseline (GET /api/v1/tokens/current). Each set-up is warmed up with POST load in
# passes of CAL_WARMUP (10s): at least CAL_WARMUP_MIN_PASSES (18), then until two passes in a row have not beaten the
# best requests/s so far by more than a tenth and the JIT compiler took under 5 % of the application's CPU (at most
# CAL_WARMUP_PASSES, 24). On two cores the JIT compiler needs
# minutes of load to finish, and stalls on the way. Then the baseline and the POST are measured for
# CAL_DURATION (20s) each with 8 connections, and the table printed gives each POST as a ratio to the baseline.
#
#   bench/calibrate.sh            # about 15 minutes on two cores
# Other settings: CAL_SETUPS (the set-ups to measure, "no-database one-row lean full"), CAL_PORT (8189), CAL_KEEP=1 to
# keep the temporary folder.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
source bench/common.sh

PORT=${CAL_PORT:-8189}
DURATION=${CAL_DURATION:-20s}
WARMUP=${CAL_WARMUP:-10s}
PASSES=${CAL_WARMUP_PASSES:-24}
MIN_PASSES=${CAL_WARMUP_MIN_PASSES:-18}
BASE="http://127.0.0.1:$PORT"
WORK=$(mktemp -d /tmp/aftercare-calibrate.XXXXXX)
APP_PID=""

log() { printf '[calibrate %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }

cleanup() {
  stop_app
  git -C "$ROOT" worktree remove --force "$WORK/src" >/dev/null 2>&1 || true
  if [[ -z "${CAL_KEEP:-}" ]]; then rm -rf "$WORK"; else log "kept $WORK"; fi
}
trap cleanup EXIT

command -v wrk >/dev/null || { log "wrk is missing: apt-get install -y wrk"; exit 1; }

log "building HEAD with bench/calibration.patch in $WORK/src"
git worktree add --detach "$WORK/src" HEAD >/dev/null 2>&1
(cd "$WORK/src" && git apply "$ROOT/bench/calibration.patch" && ./mvnw -q -DskipTests package)
JAR=$(ls "$WORK"/src/target/aftercare-*.jar | grep -v '\.original$' | head -1)

RESULTS="$WORK/results.tsv"
: >"$RESULTS"
for setup in ${CAL_SETUPS:-no-database one-row lean full}; do
  calibration=$setup
  [[ $setup == full ]] && calibration=""
  log "$setup: starting the app"
  java -Xmx2g -Daftercare.calibration="$calibration" -jar "$JAR" --server.address=127.0.0.1 --server.port="$PORT" \
    --spring.datasource.url="jdbc:h2:file:$WORK/db-$setup/aftercare;QUERY_CACHE_SIZE=64" --aftercare.demo=true \
    --spring.main.banner-mode=off >"$WORK/app-$setup.log" 2>&1 &
  APP_PID=$!
  wait_ready "$BASE" 300 "$WORK/app-$setup.log"
  TOKEN=$(api_token "$BASE")
  write_post_case "$TOKEN" "$WORK/post.lua"
  POST=(-s "$WORK/post.lua" "$BASE/api/v1/cases")
  BASELINE=(-H "Authorization: Bearer $TOKEN" "$BASE/api/v1/tokens/current")
  warm_up_until_steady "$PASSES" "$MIN_PASSES" "$WARMUP" "$setup" "${POST[@]}"
  wrk_load "$WARMUP" "${BASELINE[@]}" >/dev/null
  baseline=$(wrk_load "$DURATION" "${BASELINE[@]}" | cut -f1-3)
  post=$(wrk_load "$DURATION" "${POST[@]}" | cut -f1-3)
  printf '%s\t%s\t%s\n' "$setup" "$post" "$baseline" >>"$RESULTS"
  log "$setup: POST $(cut -f1,2 <<<"$post" | tr '\t' '/') req/s / CPU ms; baseline $(cut -f1,2 <<<"$baseline" | tr '\t' '/')"
  stop_app
done

{
  echo
  echo "Aftercare calibration — $(date -u +%Y-%m-%dT%H:%MZ), H2, $(nproc) cores, $(git rev-parse --short HEAD)"
  echo
  echo "| POST /api/v1/cases does | Requests/s | API baseline requests/s | ÷ API baseline | App CPU per request (ms) | Baseline's (ms) | CPU × baseline's | Errors |"
  echo "|---|---:|---:|---:|---:|---:|---:|---:|"
  awk -F'\t' '{ what = ($1 == "no-database" ? "parse, validate, classify, answer (no SQL)" : \
      $1 == "one-row" ? "the same + one transaction inserting the case row (plain JDBC)" : \
      $1 == "lean" ? "every read and write of logging a case, one transaction, plain JDBC, no JPA" : "log the case (the product)")
    printf "| %s | %.0f | %.0f | %.2f | %.3f | %.3f | %.1f | %d |\n", what, $2, $5, $2 / ($5 > 0 ? $5 : 1), $3, $6,
      $3 / ($6 > 0 ? $6 : 1), $4 + $7 }' "$RESULTS"
} | tee "$WORK/results.md"
