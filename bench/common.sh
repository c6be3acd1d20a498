# Shared by bench/run.sh, bench/calibrate.sh and bench/profile.sh (sourced): the application they start is APP_PID.

CLK_TCK=$(getconf CLK_TCK)

# CPU time the application has used so far, in clock ticks (user + system, from /proc).
app_cpu() { awk '{print $14 + $15}' "/proc/$APP_PID/stat"; }

# The application's CPU in ms per request: $1 $2 app_cpu before and after, $3 requests completed.
cpu_per_request() { awk -v t="$(($2 - $1))" -v hz="$CLK_TCK" -v n="$3" 'BEGIN { printf "%.3f", (n > 0 ? t * 1000 / hz / n : 0) }'; }

# One wrk run of $1 with CONNECTIONS connections (8 unless set; the other arguments are wrk's): requests/s, the application's CPU ms per
# request, errors (non-2xx/3xx responses) and requests completed, tab-separated.
wrk_load() {
  local duration=$1; shift
  local before after out requests
  before=$(app_cpu)
  out=$(wrk -t2 -c"${CONNECTIONS:-8}" -d"$duration" --timeout 30s "$@")
  after=$(app_cpu)
  requests=$(awk '/requests in/ {print $1}' <<<"$out")
  awk -v cpu="$(cpu_per_request "$before" "$after" "${requests:-0}")" -v n="${requests:-0}" '/^Requests\/sec:/ {rps = $2}
    /Non-2xx or 3xx responses:/ {bad += $5} END { printf "%s\t%s\t%d\t%d\n", rps, cpu, bad, n }' <<<"$out"
}

# Stops the application, if it is still running.
stop_app() {
  if [[ -n "$APP_PID" ]] && kill -0 "$APP_PID" 2>/dev/null; then
    kill "$APP_PID" 2>/dev/null || true
    wait "$APP_PID" 2>/dev/null || true
  fi
  APP_PID=""
}

# Writes to $2 the wrk script that logs a new case per request through the API with bearer token $1.
write_post_case() {
  cat >"$2" <<LUA
wrk.method = "POST"
wrk.headers["Authorization"] = "Bearer $1"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"channel":"PHONE","description":"The kettle leaks from the base after a week, I want a refund","customer":{"name":"Bench Customer","email":"bench.customer@example.com"},"orderReference":"W-BENCH-1","product":"Kettle"}'
LUA
}

# CPU time the application's JIT compiler threads have used so far, in clock ticks. Their names ("C2 CompilerThre")
# hold a space, so the fields are counted after the name's closing parenthesis.
jit_cpu() {
  local task sum=0 ticks
  for task in /proc/"$APP_PID"/task/*; do
    [[ $(cat "$task/comm" 2>/dev/null) == *CompilerThre* ]] || continue
    ticks=$(sed 's/.*) //' "$task/stat" 2>/dev/null | awk '{print $12 + $13}')
    sum=$((sum + ${ticks:-0}))
  done
  echo "$sum"
}

# The JIT compiler's share of the application's CPU between two readings: $1 $2 app_cpu before and after, $3 $4
# jit_cpu before and after (a compiler thread that ended takes its ticks with it: never below 0).
jit_share() { awk -v a="$(($2 - $1))" -v j="$(($4 - $3))" 'BEGIN { s = (a > 0 ? j / a : 0); printf "%.2f", (s < 0 ? 0 : s) }'; }

# Warm-up steps: is the JIT compiler's share $1 small enough (under 5 %) to call the code compiled?
compiled() { awk -v s="$1" 'BEGIN { exit !(s < 0.05) }'; }

# Warm-up steps: did requests/s $1 stay within a tenth above the best so far, $2 (none yet: 0)? Is it a new best?
not_faster() { awk -v a="$1" -v b="$2" 'BEGIN { exit !(b > 0 && a <= b * 1.1) }'; }
new_best() { awk -v a="$1" -v b="$2" 'BEGIN { exit !(a > b) }'; }

# Waits up to $2 seconds until the application at $1 is ready (readiness comes after every start-up runner: demo data,
# the generator); stops the script, with the end of log file $3, if the application stopped or never got ready.
wait_ready() {
  for _ in $(seq 1 "$2"); do
    curl -fs "$1/actuator/health/readiness" >/dev/null 2>&1 && return 0
    if ! kill -0 "$APP_PID" 2>/dev/null; then tail -40 "$3" >&2; log "the app stopped"; exit 1; fi
    sleep 1
  done
  log "the app did not become ready"; exit 1
}

# An API bearer token for manager/demo from the application at $1.
api_token() {
  local token
  token=$(curl -fs -u manager:demo -X POST "$1/api/v1/tokens" | sed 's/.*"token":"\([^"]*\)".*/\1/')
  [[ -n "$token" ]] || { log "could not get a token"; exit 1; }
  printf '%s' "$token"
}

# Warms the application up with wrk load (the arguments after the first four, 8 connections) in passes of $3: at
# least $2 passes, then until two in a row have neither beaten the best requests/s by more than a tenth nor spent 5 %
# of the application's CPU in the JIT compiler, at most $1; each pass is logged with label $4. On two cores the JIT
# compiler needs minutes of load, and the requests/s alone climb too slowly at times to tell when it is done.
# Leaves the number of passes in WARMED_PASSES.
warm_up_until_steady() {
  local passes=$1 min_passes=$2 duration=$3 label=$4; shift 4
  local best=0 quiet=0 pass rps cpu0 jit0 share
  for pass in $(seq 1 "$passes"); do
    cpu0=$(app_cpu); jit0=$(jit_cpu)
    rps=$(wrk -t2 -c8 -d"$duration" --timeout 30s "$@" | awk '/^Requests\/sec:/ {print $2}')
    rps=${rps:-0}
    share=$(jit_share "$cpu0" "$(app_cpu)" "$jit0" "$(jit_cpu)")
    log "$label: warm-up pass $pass, $rps requests/s, JIT compiler $share of the CPU"
    if not_faster "$rps" "$best" && compiled "$share"; then quiet=$((quiet + 1)); else quiet=0; fi
    new_best "$rps" "$best" && best=$rps
    [[ $pass -ge $min_passes && $quiet -ge 2 ]] && break
  done
  WARMED_PASSES=$pass
}
