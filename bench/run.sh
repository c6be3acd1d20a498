#!/usr/bin/env bash
# Aftercare benchmark: a fresh database loaded with BENCH_CASES generated cases (default 1,000,000), then wrk measures
# the dashboard, a case search by customer email and by surname, a case page, logging a case through the API, and a
# trivial endpoint of the same app as the baseline, one after another in the same run. See docs/performance.md.
#
#   bench/run.sh                          # H2 file database in a temporary folder, 1,000,000 cases
#   BENCH_CASES=100000 bench/run.sh       # fewer cases
#   BENCH_DB=postgres bench/run.sh        # a private PostgreSQL cluster (installed with apt-get when missing)
#
# Every endpoint is first warmed up, in passes over all of them (BENCH_WARMUP, 10s each): at least
# BENCH_WARMUP_MIN_PASSES (6), then until, two passes in a row, no endpoint beats its best requests/s by more than a
# tenth and the JIT compiler takes under 5 % of the application's CPU (at most BENCH_WARMUP_PASSES, 12, and
# BENCH_LOGGING_WARMUP_PASSES, 24, for logging a case, whose code takes the compiler longest), then measured with
# one connection (BENCH_SINGLE_DURATION, 10s: the latency one user sees) and with BENCH_CONNECTIONS (8) at once
# (BENCH_DURATION, 20s: throughput under load). Logging a case is warmed up and measured last, beside the API baseline
# measured again; then the two are measured in turn BENCH_LOGGING_ROUNDS (3) more times under load, and the median of
# the rounds' ratios is printed below the table (one 20 s window is at the mercy of other work on the machine).
# Other settings: BENCH_HEAP (the application's -Xmx, 2g), BENCH_H2_CACHE_MB (H2's page cache, 256), BENCH_PORT (8188),
# BENCH_PG_PORT (5499), BENCH_SKIP_BUILD=1 to reuse target/*.jar, BENCH_KEEP=1 to keep the temporary folder.
# Traffic goes to 127.0.0.1 only, every load step is bounded in time, and the script stops what it started.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/common.sh

CASES=${BENCH_CASES:-1000000}
DB=${BENCH_DB:-h2}
DURATION=${BENCH_DURATION:-20s}
SINGLE_DURATION=${BENCH_SINGLE_DURATION:-10s}
WARMUP=${BENCH_WARMUP:-10s}
WARMUP_PASSES=${BENCH_WARMUP_PASSES:-12}
LOGGING_WARMUP_PASSES=${BENCH_LOGGING_WARMUP_PASSES:-24}
WARMUP_MIN_PASSES=${BENCH_WARMUP_MIN_PASSES:-6}
LOGGING_ROUNDS=${BENCH_LOGGING_ROUNDS:-3}
CONNECTIONS=${BENCH_CONNECTIONS:-8}
HEAP=${BENCH_HEAP:-2g}
H2_CACHE_MB=${BENCH_H2_CACHE_MB:-256}
PORT=${BENCH_PORT:-8188}
PG_PORT=${BENCH_PG_PORT:-5499}
BASE="http://127.0.0.1:$PORT"
WORK=$(mktemp -d /tmp/aftercare-bench.XXXXXX)
APP_PID=""
PG_BIN=""

log() { printf '[bench %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }

cleanup() {
  stop_app
  if [[ -n "$PG_BIN" && -f "$WORK/pg/postmaster.pid" ]]; then
    as_postgres "$PG_BIN/pg_ctl" -D "$WORK/pg" -m fast stop >/dev/null 2>&1 || true
  fi
  if [[ -z "${BENCH_KEEP:-}" ]]; then rm -rf "$WORK"; else log "kept $WORK"; fi
}
trap cleanup EXIT

need_apt() {
  log "installing $1 with apt-get"
  if [[ $(id -u) -eq 0 ]]; then apt-get update -qq >/dev/null && apt-get install -y -qq "$1" >/dev/null
  else sudo apt-get update -qq >/dev/null && sudo apt-get install -y -qq "$1" >/dev/null; fi
}

as_postgres() {
  if [[ $(id -u) -eq 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi
}

command -v wrk >/dev/null || need_apt wrk
command -v curl >/dev/null || need_apt curl

if [[ -z "${BENCH_SKIP_BUILD:-}" ]]; then
  log "building the jar"
  ./mvnw -q -DskipTests package
fi
JAR=$(ls target/aftercare-*.jar | grep -v '\.original$' | head -1)

DB_ARGS=()
if [[ "$DB" == postgres ]]; then
  PG_BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
  if [[ -z "$PG_BIN" ]]; then need_apt postgresql; PG_BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1); fi
  mkdir -p "$WORK/pg"
  [[ $(id -u) -eq 0 ]] && chown postgres "$WORK" "$WORK/pg"
  as_postgres "$PG_BIN/initdb" -D "$WORK/pg" -U aftercare --auth=trust >/dev/null
  as_postgres "$PG_BIN/pg_ctl" -D "$WORK/pg" -l "$WORK/pg.log" -w \
    -o "-p $PG_PORT -c listen_addresses=127.0.0.1 -k $WORK/pg -c shared_buffers=1GB -c max_wal_size=4GB" start >/dev/null
  as_postgres "$PG_BIN/createdb" -h 127.0.0.1 -p "$PG_PORT" -U aftercare aftercare
  DB_ARGS=(--spring.datasource.url="jdbc:postgresql://127.0.0.1:$PG_PORT/aftercare"
           --spring.datasource.username=aftercare --spring.datasource.password=)
  log "PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') on port $PG_PORT"
else
  # A 256 MB page cache by default (H2's own is 64 MB): enough for the dashboard's and reports' indexes at a million
  # cases. A 1 GB cache (the default until 23 November) read no faster and made every write dearer: more live pages
  # for the garbage collector and the MVStore to walk (docs/performance.md). H2 counts CACHE_SIZE in kB.
  DB_ARGS=(--spring.datasource.url="jdbc:h2:file:$WORK/aftercare;CACHE_SIZE=$((H2_CACHE_MB * 1024));QUERY_CACHE_SIZE=64")
fi

log "starting the app on $BASE ($DB) and generating $CASES cases"
java -Xmx"$HEAP" -jar "$JAR" --server.address=127.0.0.1 --server.port="$PORT" "${DB_ARGS[@]}" \
  --aftercare.demo=true --aftercare.generate.cases="$CASES" --spring.main.banner-mode=off \
  >"$WORK/app.log" 2>&1 &
APP_PID=$!

# Readiness turns UP once every start-up runner (demo data, then the generator) has finished.
wait_ready "$BASE" 3600 "$WORK/app.log"
GENERATED=$(grep -o 'Volume data: .*' "$WORK/app.log" | tail -1 || true)
log "${GENERATED:-no volume data line in the log}"

# A bearer token for the API, and a signed-in browser session (login form with its CSRF token) for the pages.
TOKEN=$(api_token "$BASE")
JAR_FILE="$WORK/cookies"
CSRF=$(curl -fs -c "$JAR_FILE" "$BASE/login" | grep -o 'name="_csrf" *value="[^"]*"' | sed 's/.*value="\([^"]*\)"/\1/')
curl -fs -b "$JAR_FILE" -c "$JAR_FILE" -o /dev/null --data-urlencode "username=manager" \
  --data-urlencode "password=demo" --data-urlencode "_csrf=$CSRF" "$BASE/login"
SESSION=$(awk '$6 == "JSESSIONID" {print $7}' "$JAR_FILE" | tail -1)
[[ -n "$TOKEN" && -n "$SESSION" ]] || { log "could not sign in"; exit 1; }
curl -fs -o /dev/null -H "Cookie: JSESSIONID=$SESSION" "$BASE/dashboard" || { log "the dashboard did not load"; exit 1; }

# A generated customer's email and a case number, taken from the newest cases.
LIST=$(curl -fs -H "Authorization: Bearer $TOKEN" "$BASE/api/v1/cases?size=50")
EMAIL=$(grep -o '"customerEmail":"[^"]*@example.com"' <<<"$LIST" | tail -1 | cut -d'"' -f4)
CASE=$(grep -o '"caseNumber":"[^"]*"' <<<"$LIST" | tail -1 | cut -d'"' -f4)
# The same customer's surname (the last word of the name): a search that matches about one case in 64.
SURNAME=$(grep -o "\"customerName\":\"[^\"]*\",\"customerEmail\":\"$EMAIL\"" <<<"$LIST" | tail -1 | cut -d'"' -f4 \
  | awk '{print $NF}')
COUNT=$(curl -fs -H "Authorization: Bearer $TOKEN" "$BASE/api/v1/cases?size=1" | grep -o '"totalElements":[0-9]*' | cut -d: -f2)
log "$COUNT cases; searching for $EMAIL and $SURNAME; case page $CASE"

write_post_case "$TOKEN" "$WORK/post-case.lua"

# Reports computed afresh: each request asks for a period ending one day earlier than the last, so neither the kept
# reports nor H2's reuse of an identical query's result (same statement, same parameters, no table changed) answer it.
cat >"$WORK/recompute-reports.lua" <<'LUA'
local n = 0
request = function()
  n = n + 1
  return wrk.format("GET", "/reports?recompute=true&to=" .. os.date("!%Y-%m-%d", os.time() - (n % 360) * 86400))
end
LUA

RESULTS="$WORK/results.tsv"
: >"$RESULTS"

# ms from wrk's "50%  12.34ms" style values
to_ms() { awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n = n; else if (v ~ /m$/) n *= 60000; else if (v ~ /s$/) n *= 1000; printf "%.2f", n }'; }

# wrk's figures for one run: median ms, p99 ms, requests/s, errors (non-2xx/3xx responses and timeouts, 30 s), requests
run_wrk() {
  local threads=$1 connections=$2 duration=$3; shift 3
  local out
  out=$(wrk -t"$threads" -c"$connections" -d"$duration" --timeout 30s --latency "$@")
  local p50 p99 rps errors requests
  p50=$(to_ms "$(awk '$1 == "50%" {print $2}' <<<"$out")")
  p99=$(to_ms "$(awk '$1 == "99%" {print $2}' <<<"$out")")
  rps=$(awk '/^Requests\/sec:/ {print $2}' <<<"$out")
  errors=$(awk '/Non-2xx or 3xx responses:/ {n += $5} /Socket errors:/ {n += $NF} END {print n + 0}' <<<"$out")
  requests=$(awk '/requests in/ {print $1}' <<<"$out")
  printf '%s\t%s\t%s\t%s\t%s' "$p50" "$p99" "$rps" "$errors" "${requests:-0}"
}

# Each endpoint: one user at a time (the latency a person sees), then CONNECTIONS at once (throughput). Every endpoint
# has been warmed up first (see below), so the JIT compiler has done its work before the first figure is taken.
measure() {
  local name=$1; shift
  local single loaded before after cpu
  single=$(run_wrk 1 1 "$SINGLE_DURATION" "$@")
  before=$(app_cpu)
  loaded=$(run_wrk 2 "$CONNECTIONS" "$DURATION" "$@")
  after=$(app_cpu)
  # The application's CPU per request under load: unlike requests/s, barely moved by other work on the machine.
  cpu=$(cpu_per_request "$before" "$after" "$(cut -f5 <<<"$loaded")")
  printf '%s\t%s\t%s\t%s\n' "$name" "$single" "$loaded" "$cpu" >>"$RESULTS"
  log "$name: one user $(cut -f1,2 <<<"$single" | tr '\t' '/') ms median/p99; $CONNECTIONS users $(cut -f1,2 <<<"$loaded" | tr '\t' '/') ms, $(cut -f3 <<<"$loaded") req/s, $cpu ms CPU per request, errors $(cut -f4 <<<"$single")+$(cut -f4 <<<"$loaded")"
}

COOKIE=(-H "Cookie: JSESSIONID=$SESSION")
BEARER=(-H "Authorization: Bearer $TOKEN")
ENDPOINTS=(
  "baseline: GET /actuator/health/liveness|$BASE/actuator/health/liveness"
  "API baseline: GET /api/v1/tokens/current|BEARER|$BASE/api/v1/tokens/current"
  "dashboard: GET /dashboard|COOKIE|$BASE/dashboard"
  "search by email: GET /api/v1/cases?q=|BEARER|$BASE/api/v1/cases?q=$EMAIL"
  "search page: GET /cases?q=|COOKIE|$BASE/cases?q=$EMAIL"
  "search by surname: GET /api/v1/cases?q=|BEARER|$BASE/api/v1/cases?q=$SURNAME"
  "case page: GET /cases/{number}|COOKIE|$BASE/cases/$CASE"
  "reports (12 months), kept: GET /reports|COOKIE|$BASE/reports"
)
LOGGING=(
  "API baseline, again beside logging: GET /api/v1/tokens/current|BEARER|$BASE/api/v1/tokens/current"
  "log a case: POST /api/v1/cases|POST|$BASE/api/v1/cases"
)
# Reports computed afresh on every request: measured last, by one manager at a time only (a request takes seconds;
# eight at once would still be running on the server while the next rows were measured, spoiling them).
RECOMPUTE="reports (12 months), computed: GET /reports?recompute=true&to=…|RECOMPUTE|$BASE/reports"
# wrk arguments for one ENDPOINTS line
args_of() {
  local IFS='|'; read -r -a parts <<<"$1"
  case "${parts[1]}" in
    BEARER) printf '%s\n' "${BEARER[@]}" "${parts[2]}" ;;
    COOKIE) printf '%s\n' "${COOKIE[@]}" "${parts[2]}" ;;
    POST) printf '%s\n' -s "$WORK/post-case.lua" "${parts[2]}" ;;
    RECOMPUTE) printf '%s\n' "${COOKIE[@]}" -s "$WORK/recompute-reports.lua" "${parts[2]}" ;;
    *) printf '%s\n' "${parts[1]}" ;;
  esac
}
# Warm-up: passes over the given endpoints, WARMUP of load each: at least WARMUP_MIN_PASSES, then until two passes in a
# row in which no endpoint beat its best requests/s so far by more than a tenth and the JIT compiler took under 5 % of
# the application's CPU (at most $1 passes; a slower pass is other work on the machine, not the JIT). On two cores the JIT compiler needs minutes of load before logging
# a case runs at its steady speed, and stalls on the way; a single short warm-up measured half-compiled code.
WARM_PASSES=()
warm_up() {
  local -A best=()
  local pass endpoint steady rates rps name quiet=0 cpu0 jit0 share
  local max_passes=$1; shift
  for pass in $(seq 1 "$max_passes"); do
    steady=yes
    rates=""
    cpu0=$(app_cpu); jit0=$(jit_cpu)
    for endpoint in "$@"; do
      mapfile -t args < <(args_of "$endpoint")
      rps=$(wrk -t2 -c"$CONNECTIONS" -d"$WARMUP" --timeout 30s "${args[@]}" 2>/dev/null | awk '/^Requests\/sec:/ {print $2}' || true)
      rps=${rps:-0}
      name=${endpoint%%|*}
      not_faster "$rps" "${best[$name]:-0}" || steady=no
      new_best "$rps" "${best[$name]:-0}" && best[$name]=$rps
      rates="$rates ${rps%.*}"
    done
    share=$(jit_share "$cpu0" "$(app_cpu)" "$jit0" "$(jit_cpu)")
    compiled "$share" || steady=no
    log "warm-up pass $pass, requests/s:$rates; JIT compiler $share of the CPU"
    if [[ $steady == yes ]]; then quiet=$((quiet + 1)); else quiet=0; fi
    [[ $pass -ge $WARMUP_MIN_PASSES && $quiet -ge 2 ]] && break
  done
  WARM_PASSES+=("$pass")
}
warm_up "$WARMUP_PASSES" "${ENDPOINTS[@]}"
for endpoint in "${ENDPOINTS[@]}"; do
  mapfile -t args < <(args_of "$endpoint")
  measure "${endpoint%%|*}" "${args[@]}"
done
# Logging a case comes last, with the API baseline measured again beside it: its warm-up logs tens of thousands of
# new open cases, which would have swollen the dashboard's figures had they come first.
warm_up "$LOGGING_WARMUP_PASSES" "${LOGGING[@]}"
for endpoint in "${LOGGING[@]}"; do
  mapfile -t args < <(args_of "$endpoint")
  measure "${endpoint%%|*}" "${args[@]}"
done
# Then the API baseline and logging in turn, under load only: each round's ratio of requests/s and of CPU per request.
# The table's pair is round 1; the median of all rounds says more than any one 20 s window.
ROUNDS=$(awk -F'\t' '$1 ~ /^API baseline, again/ { rps = $9; cpu = $12 }
  $1 ~ /^log a case/ { printf "%.3f\t%.3f\n", $9 / rps, $12 / cpu }' "$RESULTS")
mapfile -t baseline_args < <(args_of "${LOGGING[0]}")
mapfile -t logging_args < <(args_of "${LOGGING[1]}")
for round in $(seq 2 $((LOGGING_ROUNDS + 1))); do
  IFS=$'\t' read -r base_rps base_cpu _ <<<"$(wrk_load "$DURATION" "${baseline_args[@]}")"
  IFS=$'\t' read -r log_rps log_cpu log_errors _ <<<"$(wrk_load "$DURATION" "${logging_args[@]}")"
  log "round $round: API baseline $base_rps req/s at $base_cpu ms CPU, logging $log_rps req/s at $log_cpu ms CPU, errors $log_errors"
  ROUNDS+=$'\n'$(awk -v a="$log_rps" -v b="$base_rps" -v c="$log_cpu" -v d="$base_cpu" 'BEGIN { printf "%.3f\t%.3f", a / b, c / d }')
done
# Column $1 of ROUNDS, round by round, then its median, each with $2 decimals: "0.30, 0.34, 0.32 (median 0.32)".
rounds_of() {
  local column format="%.$2f"
  column=$(cut -f"$1" <<<"$ROUNDS")
  printf '%s (median %s)' "$(awk -v f="$format" '{ printf "%s" f, (NR > 1 ? ", " : ""), $1 }' <<<"$column")" \
    "$(sort -n <<<"$column" | awk -v f="$format" '{ v[NR] = $1 }
      END { printf f, (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2) }')"
}
LOGGING_SUMMARY="Logging a case beside the API baseline, $((LOGGING_ROUNDS + 1)) rounds of $DURATION each under load: ÷ API baseline $(rounds_of 1 2); CPU × API baseline's $(rounds_of 2 1)"
log "$LOGGING_SUMMARY"

mapfile -t args < <(args_of "$RECOMPUTE")
curl -fs -o /dev/null --max-time 120 "${COOKIE[@]}" "$BASE/reports?recompute=true" || true
single=$(run_wrk 1 1 "$SINGLE_DURATION" "${args[@]}")
printf '%s\t%s\t-\t-\t-\t0\t0\t-\n' "${RECOMPUTE%%|*}" "$single" >>"$RESULTS"
log "${RECOMPUTE%%|*}: one user $(cut -f1,2 <<<"$single" | tr '\t' '/') ms median/p99, errors $(cut -f4 <<<"$single")"

CORES=$(nproc)
CPU=$(awk -F: '/model name/ {print $2; exit}' /proc/cpuinfo | sed 's/^ *//')
{
  echo
  echo "Aftercare benchmark — $(date -u +%Y-%m-%dT%H:%MZ), $DB$([[ $DB == h2 ]] && echo " (page cache $H2_CACHE_MB MB)"), $COUNT cases, $CORES cores ($CPU), -Xmx$HEAP, $(git rev-parse --short HEAD)"
  echo "wrk: warm-up passes of $WARMUP per endpoint until steady (${WARM_PASSES[*]} passes), then 1 connection for $SINGLE_DURATION, then $CONNECTIONS connections (2 threads) for $DURATION"
  echo "${GENERATED}"
  echo
  echo "| Endpoint | Median, 1 user (ms) | p99, 1 user (ms) | Median, $CONNECTIONS users (ms) | p99, $CONNECTIONS users (ms) | Requests/s, $CONNECTIONS users | ÷ baseline | ÷ API baseline | App CPU per request (ms) | CPU × API baseline's | Errors |"
  echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
  # Columns of results.tsv: name; one user: median, p99, req/s, errors, requests; loaded: the same five; CPU ms.
  # Each row's ratios are to the liveness baseline and to the nearest API baseline above it.
  awk -F'\t' 'NR == FNR { if (FNR == 1) brps = $9; if ($1 ~ /^API baseline/ && !seen++) { arps = $9; acpu = $12 }; next }
    $1 ~ /^API baseline/ { arps = $9; acpu = $12 }
    $9 == "-" { printf "| %s | %.1f | %.1f | — | — | — | — | — | — | — | %d |\n", $1, $2, $3, $5; next }
    { printf "| %s | %.1f | %.1f | %.1f | %.1f | %.0f | %.2f | %.2f | %.2f | %.1f | %d |\n", $1, $2, $3, $7, $8, $9,
        ($9 / (brps > 0 ? brps : 1)), ($9 / (arps > 0 ? arps : 1)), $12, ($12 / (acpu > 0 ? acpu : 1)), $5 + $10 }' "$RESULTS" "$RESULTS"
  echo
  echo "$LOGGING_SUMMARY"
} | tee "$WORK/results.md"
