# Shared by bench/run.sh, bench/calibrate.sh and bench/profile.sh (sourced): the application they start is APP_PID.

CLK_TCK=$(getconf CLK_TCK)

# CPU time the application has used so far, in clock ticks (user + system, from /proc).
app_cpu() { awk '{print $14 + $15}' "/proc/$APP_PID/stat"; }

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
# least $2 passes, then until two in a row have not beaten the best requests/s by more than a tenth, at most $1;
# each pass is logged with label $4. On two cores the JIT compiler needs minutes of load, and stalls on the way.
# Leaves the number of passes in WARMED_PASSES.
warm_up_until_steady() {
  local passes=$1 min_passes=$2 duration=$3 label=$4; shift 4
  local best=0 quiet=0 pass rps
  for pass in $(seq 1 "$passes"); do
    rps=$(wrk -t2 -c8 -d"$duration" --timeout 30s "$@" | awk '/^Requests\/sec:/ {print $2}')
    rps=${rps:-0}
    log "$label: warm-up pass $pass, $rps requests/s"
    if not_faster "$rps" "$best"; then quiet=$((quiet + 1)); else quiet=0; fi
    new_best "$rps" "$best" && best=$rps
    [[ $pass -ge $min_passes && $quiet -ge 2 ]] && break
  done
  WARMED_PASSES=$pass
}
