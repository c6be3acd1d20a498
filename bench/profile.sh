#!/usr/bin/env bash
# Where does the CPU go when a case is logged? Profiles POST /api/v1/cases and the API baseline
# (GET /api/v1/tokens/current) under load with async-profiler (a sampling profiler that, unlike JFR here, barely
# slows the application), and prints the application's CPU per request by layer (Aftercare's code, Spring, Hibernate,
# H2, Tomcat, the JIT compiler and garbage collector...) and by step of logging a case, side by side.
# See docs/performance.md.
#
#   bench/profile.sh                        # H2 with the demo data, about 8 minutes on two cores
#   PROF_CASES=100000 bench/profile.sh      # with generated volume data first
#
# async-profiler comes from Maven Central (tools.profiler:async-profiler, PROF_PROFILER_VERSION 4.2) through the
# Maven wrapper. The application runs on a fresh H2 file database and is first warmed up with POST load in passes of
# PROF_WARMUP (10s): at least PROF_WARMUP_MIN_PASSES (18), then until two passes in a row have not beaten the best
# requests/s by more than a tenth and the JIT compiler took under 5 % of the application's CPU (at most
# PROF_WARMUP_PASSES, 30); on two cores the JIT compiler needs minutes of load, and a profile taken earlier shows
# mostly the compiler. Each endpoint is then profiled for PROF_DURATION (20s)
# with 8 connections. Other settings: PROF_JAVA_OPTS (more options for the application's JVM, after its -Xmx2g: for
# example "-XX:+UseParallelGC" to compare garbage collectors), PROF_PORT (8187), PROF_SKIP_BUILD=1 to reuse target/*.jar, PROF_KEEP=1 to keep
# the temporary folder with the raw profiles (collapsed stacks, and flame graphs to open in a browser).
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/common.sh

PORT=${PROF_PORT:-8187}
CASES=${PROF_CASES:-0}
DURATION=${PROF_DURATION:-20s}
WARMUP=${PROF_WARMUP:-10s}
PASSES=${PROF_WARMUP_PASSES:-30}
MIN_PASSES=${PROF_WARMUP_MIN_PASSES:-18}
VERSION=${PROF_PROFILER_VERSION:-4.2}
BASE="http://127.0.0.1:$PORT"
WORK=$(mktemp -d /tmp/aftercare-profile.XXXXXX)
APP_PID=""

log() { printf '[profile %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }

cleanup() {
  stop_app
  if [[ -z "${PROF_KEEP:-}" ]]; then rm -rf "$WORK"; else log "kept $WORK"; fi
}
trap cleanup EXIT

command -v wrk >/dev/null || { log "wrk is missing: apt-get install -y wrk"; exit 1; }

case "$(uname -m)" in
  x86_64) PLATFORM=linux-x64 ;;
  aarch64) PLATFORM=linux-arm64 ;;
  *) log "async-profiler has no library for $(uname -m)"; exit 1 ;;
esac
log "fetching async-profiler $VERSION from Maven Central"
./mvnw -q dependency:copy -Dartifact="tools.profiler:async-profiler:$VERSION" -DoutputDirectory="$WORK"
(cd "$WORK" && jar xf "async-profiler-$VERSION.jar" "$PLATFORM/libasyncProfiler.so")
PROFILER="$WORK/$PLATFORM/libasyncProfiler.so"

if [[ -z "${PROF_SKIP_BUILD:-}" ]]; then
  log "building the jar"
  ./mvnw -q -DskipTests package
fi
JAR=$(ls target/aftercare-*.jar | grep -v '\.original$' | head -1)

log "starting the app on $BASE (H2, demo data, $CASES generated cases)"
# shellcheck disable=SC2086 # PROF_JAVA_OPTS is a list of options
java -Xmx2g ${PROF_JAVA_OPTS:-} -jar "$JAR" --server.address=127.0.0.1 --server.port="$PORT" \
  --spring.datasource.url="jdbc:h2:file:$WORK/db/aftercare;CACHE_SIZE=262144;QUERY_CACHE_SIZE=64" \
  --aftercare.demo=true --aftercare.generate.cases="$CASES" --spring.main.banner-mode=off >"$WORK/app.log" 2>&1 &
APP_PID=$!
wait_ready "$BASE" 3600 "$WORK/app.log"
TOKEN=$(api_token "$BASE")
write_post_case "$TOKEN" "$WORK/post.lua"
POST=(-s "$WORK/post.lua" "$BASE/api/v1/cases")
BASELINE=(-H "Authorization: Bearer $TOKEN" "$BASE/api/v1/tokens/current")

warm_up_until_steady "$PASSES" "$MIN_PASSES" "$WARMUP" "log a case" "${POST[@]}"
wrk_load "$WARMUP" "${BASELINE[@]}" >/dev/null

# jcmd reads name=value pairs itself: the agent's options go in double quotes.
profiler() { jcmd "$APP_PID" JVMTI.agent_load "$PROFILER" "\"$1\"" >/dev/null; }

# Profiles one endpoint: samples of whichever application thread is using CPU, by CPU time (itimer, 1 ms).
profile() {
  local name=$1; shift
  local result
  profiler "start,event=itimer,interval=1ms"
  result=$(wrk_load "$DURATION" "$@")
  profiler "dump,file=$WORK/$name.html"
  profiler "stop,file=$WORK/$name.collapsed,collapsed"
  # name, requests/s, CPU ms per request, errors, requests
  printf '%s\t%s\n' "$name" "$result" >>"$WORK/runs.tsv"
  log "$name: $(cut -f1 <<<"$result") requests/s, $(cut -f4 <<<"$result") requests, errors $(cut -f3 <<<"$result")"
}
: >"$WORK/runs.tsv"
profile post "${POST[@]}"
profile baseline "${BASELINE[@]}"
stop_app

# Each sample goes to one layer: the JIT compiler or the JVM's other threads (the garbage collector...) by the thread,
# otherwise the innermost frame that belongs to a known library; what is left is the JDK and the operating system
# (socket writes, say) called from outside any of them.
LAYERS='
CompileBroker::=JVM: JIT compiler
uk/aftercare/=Aftercare code
org/h2/=H2 database
org/postgresql/=PostgreSQL driver
org/hibernate/validator/=Bean validation
org/hibernate/=Hibernate
com/zaxxer/=HikariCP
tools/jackson/|com/fasterxml/jackson/=Jackson (JSON)
io/micrometer/=Micrometer (observations)
ch/qos/logback/|org/slf4j/=Logging
org/springframework/security/=Spring Security
org/springframework/=Spring (MVC, transactions, data)
org/apache/=Tomcat'
# Steps of a request, each a frame and every sample below it (a step inside another is counted in both).
STEPS='
BearerTokenFilter.doFilterInternal=whole request after the bearer-token filter
ApiTokens.check=  bearer-token check (database read)
RequestResponseBodyMethodProcessor.resolveArgument=  request body read (JSON) and validated
CaseApiController.open=  log a case (controller)
TransactionTemplate.execute=    transaction
CustomerService.findOrCreate=      customer looked up or added
InteractionClassifier.classify=      classification
CaseNumbers.next=      case number (sequence)
NewCases.insert=      case row inserted (plain JDBC)
CaseEscalation.on=      escalation rules
CustomerUpdateService.on=      acknowledgement: consent check, message kept, timeline entry
AbstractPlatformTransactionManager.processCommit=      commit (and after-commit work)
NewCases.write=        timeline entries written (one batch) before commit
AbstractMessageConverterMethodProcessor.writeWithMessageConverters=  JSON answer written'

summarise() {
  awk -v layers="$LAYERS" -v steps="$STEPS" -v runs="$WORK/runs.tsv" -v work="$WORK" '
    function split_rules(text, pats, names,    n, lines, i, k) {
      n = split(text, lines, "\n"); k = 0
      for (i = 1; i <= n; i++) if (lines[i] != "") { k++; pats[k] = substr(lines[i], 1, index(lines[i], "=") - 1)
        names[k] = substr(lines[i], index(lines[i], "=") + 1) }
      return k
    }
    BEGIN {
      nl = split_rules(layers, lpat, lname); ns = split_rules(steps, spat, sname)
      while ((getline line < runs) > 0) { split(line, f, "\t"); requests[f[1]] = f[5]; cpu[f[1]] = f[3] * f[5] }
      for (r = 1; r <= 2; r++) {
        run = (r == 1 ? "post" : "baseline"); file = work "/" run ".collapsed"
        while ((getline line < file) > 0) {
          n = line; sub(/.* /, "", n); stack = line; sub(/ [0-9]+$/, "", stack)
          total[run] += n; nf = split(stack, fr, ";")
          layer = "JDK and operating system"
          if (stack ~ /CompileBroker::/) layer = lname[1]
          else if (stack !~ /\//) layer = "JVM: garbage collector, other threads"
          else for (i = nf; i >= 1; i--) { hit = 0
            for (k = 2; k <= nl; k++) if (fr[i] ~ lpat[k]) { layer = lname[k]; hit = 1; break }
            if (hit) break }
          by[run, layer] += n; seen[layer] = 1
          for (k = 1; k <= ns; k++) if (stack ~ spat[k]) step[run, k] += n
        }
      }
      # Samples are spread over the CPU time measured from /proc, then divided by the requests completed.
      for (r = 1; r <= 2; r++) { run = (r == 1 ? "post" : "baseline")
        scale[run] = (total[run] > 0 && requests[run] > 0 ? cpu[run] / total[run] / requests[run] : 0) }
      printf "| Layer (innermost frame) | Log a case: ms per request | API baseline: ms per request | Difference (ms) |\n"
      printf "|---|---:|---:|---:|\n"
      for (layer in seen) order[layer] = by["post", layer] * scale["post"]
      m = 0; for (layer in order) keys[++m] = layer
      for (i = 1; i <= m; i++) for (j = i + 1; j <= m; j++) if (order[keys[j]] > order[keys[i]]) { t = keys[i]; keys[i] = keys[j]; keys[j] = t }
      for (i = 1; i <= m; i++) { p = by["post", keys[i]] * scale["post"]; b = by["baseline", keys[i]] * scale["baseline"]
        printf "| %s | %.3f | %.3f | %+.3f |\n", keys[i], p, b, p - b; sp += p; sb += b }
      printf "| **all** | **%.3f** | **%.3f** | **%+.3f** |\n\n", sp, sb, sp - sb
      printf "| Step (a frame and everything below it) | Log a case: ms per request | API baseline: ms per request |\n"
      printf "|---|---:|---:|\n"
      for (k = 1; k <= ns; k++) { label = sname[k]; level = (match(label, /[^ ]/) - 1) / 2; sub(/^ +/, "", label)
        indent = ""; for (i = 0; i < level; i++) indent = indent "· "
        printf "| %s%s | %.3f | %.3f |\n", indent, label, step["post", k] * scale["post"], step["baseline", k] * scale["baseline"] }
    }'
}

{
  echo
  echo "Aftercare profile — $(date -u +%Y-%m-%dT%H:%MZ), H2, $CASES generated cases, $(nproc) cores, -Xmx2g${PROF_JAVA_OPTS:+ $PROF_JAVA_OPTS}, $(git rev-parse --short HEAD)"
  echo "warm-up: $WARMED_PASSES passes of $WARMUP with POST load; profiled for $DURATION each with 8 connections (wrk); async-profiler $VERSION, samples by CPU time (itimer, 1 ms)"
  awk -F'\t' '{ printf "%s: %.0f requests/s, %d requests, %.1f s of application CPU, %d errors\n", $1, $2, $5, $3 * $5 / 1000, $4 }' "$WORK/runs.tsv"
  echo
  summarise
} | tee "$WORK/results.md"
