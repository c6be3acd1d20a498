# Shared by bench/run.sh and bench/calibrate.sh (sourced): the application they start is APP_PID.

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
