#!/usr/bin/env bash
# The search engine of two builds side by side (search cache and page cache off): both jars started
# at once on the seed, then loaded in turns (1 client twice each, then 16 clients), so a machine
# shared with other work weighs on both alike. Measures only.
# Usage: bench/search-ab.sh OLD.jar NEW.jar   (run ./mvnw -DskipTests package first: it needs
# target/test-classes for SearchLoad; ports 18121 and 18122)
set -euo pipefail
cd "$(dirname "$0")/.."
declare -A jar=([old]=$1 [new]=$2) port=([old]=18121 [new]=18122) pid=()
tmp=$(mktemp -d)
trap 'for p in "${pid[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null; rm -rf "$tmp"' EXIT
for side in old new; do
  java -Xmx512m -jar "${jar[$side]}" --server.port="${port[$side]}" --bank.data-dir="$tmp/$side" \
    --bank.content-dir="$PWD/content" --bank.search.cache-size=0 --bank.page-cache.max-size=0 >"$tmp/$side.log" 2>&1 &
  pid[$side]=$!
done
for side in old new; do
  until curl -fs "http://127.0.0.1:${port[$side]}/api/guides" 2>/dev/null | grep -q '"slug":'; do sleep 1; done
done
load() { java -Xmx256m -cp target/test-classes com.interviewbank.bench.SearchLoad "$@" | head -n 1; }
echo "load average$(uptime | sed 's/.*load average//')"
for round in 1 2; do
  for side in old new; do
    load "http://127.0.0.1:${port[$side]}" 1 2000 500 bench/queries.txt "$side, round $round, 1 client, caches off"
  done
done
for side in old new; do
  load "http://127.0.0.1:${port[$side]}" 16 20s 2000 bench/queries.txt "$side, 16 clients, caches off"
done
echo "load average$(uptime | sed 's/.*load average//')"
