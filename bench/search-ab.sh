#!/usr/bin/env bash
# The search engine of two builds side by side (search cache and page cache off): both jars started
# at once on the seed, then loaded in turns by wrk (16 connections, three turns each, then one
# connection, two turns each; wrk_load in bench/lib.sh, with the app's CPU a request) and by
# SearchLoad (200 clients of random queries that give up after 10 s), the first of each wrk turn
# alternating, so that a machine shared with other work, or drifting, weighs on both alike. Each
# is first loaded until its JIT compilers settle (warm_until_compiled, bench/lib.sh). Measures
# only. Needs Debian's wrk.
# Usage: bench/search-ab.sh OLD.jar NEW.jar   (run ./mvnw -DskipTests package first: it needs
# target/test-classes for SearchLoad; ports 18121 and 18122, or AB_PORTS="OLD NEW"; both run with
# BENCH_JAVA_OPTS, default -Xmx512m and the launcher's collector, launcher_options in bench/lib.sh;
# AB_TURNS=10 AB_SECONDS=10: more and shorter 16-connection turns, for a machine that drifts; the
# means of those turns are printed after them)
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
command -v wrk >/dev/null || { echo "bench/search-ab.sh needs wrk: apt-get install -y wrk" >&2; exit 1; }
launcher_jvm_options=$(launcher_options)
read -r old_port new_port <<<"${AB_PORTS:-18121 18122}"
declare -A jar=([old]=$1 [new]=$2) port=([old]=$old_port [new]=$new_port) pid=()
tmp=$(mktemp -d)
trap 'for p in "${pid[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null; rm -rf "$tmp"' EXIT
for side in old new; do
  java ${BENCH_JAVA_OPTS:--Xmx512m $launcher_jvm_options} -jar "${jar[$side]}" --server.port="${port[$side]}" --bank.data-dir="$tmp/$side" \
    --bank.content-dir="$PWD/content" --bank.search.cache-size=0 --bank.page-cache.max-size=0 >"$tmp/$side.log" 2>&1 &
  pid[$side]=$!
done
for side in old new; do
  until curl -fs "http://127.0.0.1:${port[$side]}/api/guides" 2>/dev/null | grep -q '"slug":'; do sleep 1; done
done
load() { java -Xmx256m ${LOAD_OPTS:-} -cp target/test-classes com.interviewbank.bench.SearchLoad "$@" | grep -v '^  slowest'; }
echo "load average$(uptime | sed 's/.*load average//')"
for side in old new; do
  echo "$side:"; warm_until_compiled "${pid[$side]}" "http://127.0.0.1:${port[$side]}" bench/queries.txt
done
# Which build goes first alternates from turn to turn, so that a drift of the machine (or of the
# JITs) favours neither.
in_turn() { if (( $1 % 2 )); then echo old new; else echo new old; fi; }
for round in $(seq 1 "${AB_TURNS:-3}"); do
  for side in $(in_turn "$round"); do
    wrk_load "${pid[$side]}" "http://127.0.0.1:${port[$side]}" bench/queries.txt 16 "${AB_SECONDS:-20}s" "$side, turn $round, 16 connections, caches off"
  done
done | tee "$tmp/turns"
awk '{ side = $1; sub(/,$/, "", side) } / req\/s/ { for (i = 1; i < NF; i++) { if ($(i + 1) == "req/s,") rate[side] += $i; if ($i == "CPU") cpu[side] += $(i + 1) } turns[side]++ }
  END { for (side in turns) printf "%s, mean of %d turns, 16 connections: %.0f req/s, app CPU %.3f ms a request\n", side, turns[side], rate[side] / turns[side], cpu[side] / turns[side] }' "$tmp/turns" | sort
for round in 1 2; do
  for side in $(in_turn "$round"); do
    wrk_load "${pid[$side]}" "http://127.0.0.1:${port[$side]}" bench/queries.txt 1 20s "$side, turn $round, 1 connection, caches off"
  done
done
for side in old new; do
  LOAD_OPTS="-Dsearchload.random -Dsearchload.timeout=10" \
    load "http://127.0.0.1:${port[$side]}" 200 20s 1000 bench/queries.txt "$side, 200 clients of random queries, caches off"
done
echo "load average$(uptime | sed 's/.*load average//')"
