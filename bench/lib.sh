# Shared by the bench scripts (source it): the first port of a range that nothing listens on.
# Usage: port=$(free_port 18085 18099)
free_port() {
  local candidate
  for candidate in $(seq "$1" "$2"); do
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$candidate") 2>/dev/null; then echo "$candidate"; return 0; fi
  done
  echo "no free port in $1-$2" >&2
  return 1
}

# Waits until the app (process $2) on port $1 serves the seed's home page; fails with the end of
# its log ($3) if it dies first.
# Usage: await_first_page "$port" "$app" "$log" || exit 1
await_first_page() {
  until curl -fs "http://127.0.0.1:$1/" 2>/dev/null | grep -q 'Python Questions for Senior and Lead roles'; do
    sleep 0.05
    kill -0 "$2" 2>/dev/null || { echo "the app died:" >&2; tail -20 "$3" >&2; return 1; }
  done
}

# The JVM options the launcher starts the bank with (src/launcher/interview-bank, its "defaults":
# the collector), so that a bench of `java -jar` measures the bank as it is meant to run. Stops the
# bench if it cannot read them, rather than measure the JVM's own defaults.
# Usage: launcher_jvm_options=$(launcher_options)   (under set -e: stops the bench if it fails)
launcher_options() {
  local options
  options=$(sed -n 's/^defaults="\(.*\)"$/\1/p' "$(dirname "${BASH_SOURCE[0]}")/../src/launcher/interview-bank" | head -n 1)
  [ -n "$options" ] || { echo "no defaults=\"...\" in src/launcher/interview-bank" >&2; return 1; }
  echo "$options"
}

# Seconds the JIT compilers of JVM $1 have spent compiling so far (java.ci.totalTime, summed over
# its compiler threads, which the JVM adds and removes as it needs them).
jit_seconds() {
  jcmd "$1" PerfCounter.print 2>/dev/null | awk -F= '
    $1 == "java.ci.totalTime" { ticks = $2 } $1 == "sun.os.hrt.frequency" { hz = $2 }
    END { if (hz > 0) printf "%.1f", ticks / hz; else print "0" }'
}

# Loads the app (process $1 at $2) with the queries of file $3, 4 clients, in rounds of 4,000
# searches until its JIT compilers settle (under half a second of compiling in a round, at most 15
# rounds), so that a measurement that follows is of compiled code: on 2 cores C2 compiles for
# about two minutes of searches, taking a core from the app meanwhile. Needs target/test-classes.
# Usage: warm_until_compiled "$app" "$base" bench/queries.txt
warm_until_compiled() {
  local pid=$1 base=$2 queries=$3 round before after
  for round in $(seq 1 15); do
    before=$(jit_seconds "$pid")
    java -Xmx256m -cp target/test-classes com.interviewbank.bench.SearchLoad "$base" 4 4000 0 "$queries" warm-up >/dev/null
    after=$(jit_seconds "$pid")
    if awk -v a="$before" -v b="$after" 'BEGIN { exit !(b - a < 0.5) }'; then
      echo "  JIT settled after $round warm-up round(s) of 4,000 searches (compiling $(awk -v a="$before" -v b="$after" 'BEGIN { printf "%.1f", b - a }') s in the last)"
      return 0
    fi
  done
  echo "  JIT still compiling after 15 warm-up rounds of 4,000 searches; measuring anyway"
}

# CPU seconds process $1 has used so far (user + system).
process_cpu() {
  awk -v hz="$(getconf CLK_TCK)" '{ printf "%.2f", ($14 + $15) / hz }' "/proc/$1/stat"
}

# Loads the app (process $1 at $2) with wrk over the queries of file $3, in turn
# (bench/search-queries.lua), after 5 s of warm-up: $4 connections for $5 (wrk's duration), labelled
# $6. Prints one line: rate, latencies, failures, and the app's CPU a request. wrk is the load
# generator issue 15 measured with: written in C, it leaves the app more of the two cores than
# SearchLoad, whose JDK HTTP client costs about a millisecond of CPU a request. Needs Debian's wrk.
# Usage: wrk_load "$app" "$base" bench/queries.txt 16 30s "16 clients, seed, cache off"
wrk_load() {
  local app_pid=$1 url=$2 queries=$3 connections=$4 duration=$5 label=$6 before after out
  wrk -t1 -c"$connections" -d5s -s bench/search-queries.lua "$url" -- "$queries" >/dev/null
  before=$(process_cpu "$app_pid")
  out=$(wrk -t"$(( connections > 1 ? 2 : 1 ))" -c"$connections" -d"$duration" --latency -s bench/search-queries.lua "$url" -- "$queries")
  after=$(process_cpu "$app_pid")
  awk -v label="$label" -v connections="$connections" -v cpu="$(awk -v a="$before" -v b="$after" 'BEGIN { print b - a }')" '
    / 50% / { p50 = $2 } / 90% / { p90 = $2 } / 99% / { p99 = $2 }
    /^    Latency/ { max = $4 }
    /requests in/ { requests = $1; seconds = $4; sub(/,$/, "", seconds) }
    /Requests\/sec/ { rate = $2 }
    /Non-2xx/ { failed = $NF }
    /Socket errors/ { errors = $0; sub(/^ *Socket errors: */, "", errors) }
    END {
      printf "%s: wrk, connections %d, requests %d in %s, %.0f req/s, p50 %s, p90 %s, p99 %s, max %s, non-2xx %d; app CPU %.2f ms a request\n",
        label, connections, requests, seconds, rate, p50, p90, p99, max, failed + 0, cpu * 1000 / (requests > 0 ? requests : 1)
      if (errors != "") printf "  wrk socket errors (not in its latencies): %s\n", errors
    }' <<<"$out"
}
