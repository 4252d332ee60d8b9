#!/usr/bin/env bash
# Pages rendered on every request (the page cache and the search cache off) by two builds side by
# side: a search page, a question page, a topic page and the guide page, each loaded by wrk (2
# connections, 8 s after 10 s of warm-up) in two turns per build, the first of each turn
# alternating, so that a drifting machine weighs on both alike. Both are first loaded with
# searches until their JIT compilers settle (warm_until_compiled, bench/lib.sh). Measures only.
# Needs Debian's wrk.
# Usage: bench/render-ab.sh OLD.jar NEW.jar   (ports from 18141; both run with BENCH_JAVA_OPTS,
# default -Xmx512m and the launcher's collector, launcher_options in bench/lib.sh)
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
command -v wrk >/dev/null || { echo "bench/render-ab.sh needs wrk: apt-get install -y wrk" >&2; exit 1; }
launcher_jvm_options=$(launcher_options)
declare -A jar=([old]=$1 [new]=$2) port=() pid=()
tmp=$(mktemp -d)
trap 'for p in "${pid[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null; rm -rf "$tmp"' EXIT
port[old]=$(free_port 18141 18160)
port[new]=$(free_port $(( port[old] + 1 )) 18160)
for side in old new; do
  java ${BENCH_JAVA_OPTS:--Xmx512m $launcher_jvm_options} -jar "${jar[$side]}" --server.port="${port[$side]}" \
    --bank.data-dir="$tmp/$side" --bank.content-dir="$PWD/content" --bank.search.cache-size=0 \
    --bank.page-cache.max-size=0 >"$tmp/$side.log" 2>&1 &
  pid[$side]=$!
done
for side in old new; do
  until curl -fs "http://127.0.0.1:${port[$side]}/api/guides" 2>/dev/null | grep -q '"slug":'; do sleep 1; done
done
echo "load average$(uptime | sed 's/.*load average//')"
for side in old new; do
  echo "$side:"; warm_until_compiled "${pid[$side]}" "http://127.0.0.1:${port[$side]}" bench/queries.txt
done
guide=/guides/python-senior-lead-questions
pages=("/search?q=closures" "$guide/questions/__slots__" "$guide/topics/oop-in-python" "$guide")
in_turn() { if (( $1 % 2 )); then echo old new; else echo new old; fi; }
for page in "${pages[@]}"; do
  for round in 1 2; do
    for side in $(in_turn "$round"); do
      url="http://127.0.0.1:${port[$side]}$page"
      wrk -t1 -c2 -d10s "$url" >/dev/null
      wrk -t1 -c2 -d8s --latency "$url" | awk -v label="$side, turn $round, $page" '
        /Requests\/sec/ { rate = $2 } / 50% / { p50 = $2 } / 99% / { p99 = $2 } /Non-2xx/ { failed = $NF }
        END { printf "%s: %.0f pages/s, p50 %s, p99 %s, non-2xx %d\n", label, rate, p50, p99, failed + 0 }'
    done
  done
done
echo "load average$(uptime | sed 's/.*load average//')"
