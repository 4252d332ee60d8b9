#!/usr/bin/env bash
# Load on GET /api/search of the running jar, over the queries of bench/queries.txt, by wrk (needs
# Debian's wrk: apt-get install -y wrk) and by SearchLoad (Java; it also sends random queries):
#   1. the seed guide, one client: latency p50/p90/p99            (issue 15's target: p50 <= 1 ms, p99 <= 5 ms)
#   2. the seed guide, 16 concurrent clients: throughput and p99  (target: >= 2,000 q/s, p99 <= 25 ms)
#   3. the seed guide, 200 clients sending random queries, each giving up after 10 s
#      (issue 15's target: no timeout, p99 <= 1 s)
#   4. 100 copies of the seed imported as separate guides, one client   (target: p99 < 50 ms)
# 1 and 2 run with the search results cache and the page cache off (the engine) and on (as shipped:
# a repeated search is answered by the page cache ahead of Spring Security); 3 and 4 with them off.
# Measures only; never fails on a number. The load generator (SearchLoad) runs on the same machine
# as the app, so both share its cores. Each app is first loaded until its JIT compilers settle
# (warm_until_compiled in bench/lib.sh): a server's steady state, not its first two minutes.
# Usage: bench/search.sh   (uses a free port from 18085 on localhost; BENCH_JAVA_OPTS: the app's JVM
# options, default -Xmx512m and the launcher's, launcher_options in bench/lib.sh)
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
launcher_jvm_options=$(launcher_options)
command -v wrk >/dev/null || { echo "bench/search.sh needs wrk: apt-get install -y wrk" >&2; exit 1; }
script_start=$(date +%s)
./mvnw -q -B -DskipTests package
jar=$(ls target/interview-bank-*.jar | grep -v original | head -n 1)
queries=bench/queries.txt
load() { java -Xmx256m ${LOAD_OPTS:-} -cp target/test-classes com.interviewbank.bench.SearchLoad "$@"; }
# Which queries find nothing (a sanity check of the query set against what the app serves).
probe() { java -cp target/test-classes -Dsearchload.hits com.interviewbank.bench.SearchLoad "$base" 1 1 0 "$queries" probe | grep '^queries:'; }

port=$(free_port 18085 18099)
base="http://127.0.0.1:$port"

tmp=$(mktemp -d)
app=""
trap '[ -n "$app" ] && kill "$app" 2>/dev/null; wait 2>/dev/null; rm -rf "$tmp"' EXIT
# Run a copy, so that a rebuild of target/ while the bench runs cannot pull the jar from under it.
cp "$jar" "$tmp/app.jar"
jar="$tmp/app.jar"
results="$tmp/results.txt"
: >"$results"

# Starts the app on its own data folder (and content folder) and waits until /api/guides lists
# the expected number of guides; sets $app, $log and $elapsed (ms). Further arguments go to the app.
start_app() {
  local name=$1 content=$2 guides=$3 begin end
  shift 3
  mkdir -p "$tmp/$name"
  log="$tmp/$name/app.log"
  begin=$(date +%s%N)
  java ${BENCH_JAVA_OPTS:--Xmx512m $launcher_jvm_options} -jar "$jar" --server.port="$port" --bank.data-dir="$tmp/$name/data" \
    --bank.content-dir="$content" "$@" >"$log" 2>&1 &
  app=$!
  until [ "$(curl -fs "$base/api/guides" 2>/dev/null | grep -o '"slug":' | wc -l)" -ge "$guides" ]; do
    sleep 0.2
    kill -0 "$app" 2>/dev/null || { echo "the app died:"; tail -30 "$log"; exit 1; }
    if [ $(( ($(date +%s%N) - begin) / 1000000000 )) -gt 1800 ]; then
      echo "the app did not list $guides guides within 30 minutes:"; tail -30 "$log"; exit 1
    fi
  done
  end=$(date +%s%N)
  elapsed=$(( (end - begin) / 1000000 ))
  health=$(curl -s "$base/actuator/health")
  echo "app up with $guides guide(s) in $elapsed ms; health $(grep -o '"status":"[A-Z_]*"}$' <<<"$health" | cut -d'"' -f4)," \
    "$(grep -o '"indexedQuestions":[0-9]*' <<<"$health" | tr -d '"' | tr ':' ' ')"
}

# CPU seconds the app has used so far (user + system).
app_cpu() {
  process_cpu "$app"
}

# Reports what the app logged as a warning or an error while it was under load.
app_errors() {
  local from=$1 count
  count=$(tail -n +"$from" "$log" | grep -cE ' (WARN|ERROR) |Exception' || true)
  echo "app log during the load: $count warning/error line(s)"
  [ "$count" -eq 0 ] || tail -n +"$from" "$log" | grep -E ' (WARN|ERROR) |Exception' | head -20
}

# Runs SearchLoad (arguments: clients, amount, warm-up, label), keeps its line for the summary and
# says how much CPU the app used for it, warm-up included.
scenario() {
  local before
  before=$(app_cpu)
  load "$base" "$1" "$2" "$3" "$queries" "$4" | tee -a "$results"
  echo "  app CPU for this scenario, warm-up included: $(awk -v a="$before" -v b="$(app_cpu)" 'BEGIN { printf "%.1f", b - a }') s"
}

# Loads the app with wrk (arguments: connections, duration, label; wrk_load in bench/lib.sh) and
# keeps its line for the summary.
wrk_scenario() {
  wrk_load "$app" "$base" "$queries" "$@" | tee -a "$results"
}

stop() {
  kill "$app"; wait "$app" 2>/dev/null || true; app=""
}

echo "== $(nproc) cores, load average$(uptime | sed 's/.*load average//'), $(java -version 2>&1 | head -n 1)"
# The engine itself first (the results cache off: every query searches the index), then as shipped
# (the cache on: the query set repeats, so after the warm-up every answer comes from it).
echo "== seed guide, search cache off"
start_app seed "$PWD/content" 1 --bank.search.cache-size=0 --bank.page-cache.max-size=0
probe
warm_until_compiled "$app" "$base" "$queries"
from=$(( $(wc -l <"$log") + 1 ))
wrk_scenario 1 30s "1 client, seed, cache off"
wrk_scenario 16 30s "16 clients, seed, cache off"
scenario 1 5000 2000 "1 client, seed, cache off"
scenario 16 30s 4000 "16 clients, seed, cache off"
LOAD_OPTS="-Dsearchload.random -Dsearchload.timeout=10" scenario 200 30s 2000 "200 clients, random queries, seed, cache off"
app_errors "$from"
stop

echo "== seed guide, search cache on (the default)"
start_app seed-cached "$PWD/content" 1
warm_until_compiled "$app" "$base" "$queries"
from=$(( $(wc -l <"$log") + 1 ))
scenario 1 5000 2000 "1 client, seed, cache on"
scenario 16 30s 4000 "16 clients, seed, cache on"
app_errors "$from"
stop

echo "== 100 copies of the seed"
mkdir -p "$tmp/content100"
for i in $(seq 1 100); do
  cp content/python-senior-lead-questions.md "$tmp/content100/guide-$(printf '%03d' "$i").md"
done
start_app hundred "$tmp/content100" 100 --bank.search.cache-size=0 --bank.page-cache.max-size=0
probe
warm_until_compiled "$app" "$base" "$queries"
from=$(( $(wc -l <"$log") + 1 ))
scenario 1 3000 1000 "1 client, 100 guides, cache off"
app_errors "$from"
stop

echo
echo "== summary (issue 15's targets, caches off: 1 client p50 <= 1 ms, p99 <= 5 ms; 16 clients >= 2,000 req/s,"
echo "   p99 <= 25 ms; 200 clients of random queries: no timeout, p99 <= 1 s; 100 guides, 1 client p99 < 50 ms)"
cat "$results"
echo "script took $(( $(date +%s) - script_start )) s"
