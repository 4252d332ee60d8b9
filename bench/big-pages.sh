#!/usr/bin/env bash
# The largest pages of a 10,000-question guide: the packaged app (java -Xmx512m -jar) imports two
# guides made from the seed repeated 70 times, one of about 1,500 topics and one whose 10,010
# questions sit in a single topic, then each page is fetched once cold and 5 times warm (curl).
# Prints bytes and times per page (issue 15's target: no page over 1 MB, each within 200 ms).
# Usage: bench/big-pages.sh [copies]   (default 70; SKIP_BUILD=1 reuses target/*.jar)
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
copies=${1:-70}
[ -n "${SKIP_BUILD:-}" ] || ./mvnw -q -B -o -DskipTests package
jar=$(ls target/interview-bank-*.jar | grep -v original | head -n 1)
work=$(mktemp -d)
app=""
trap '[ -n "$app" ] && kill "$app" 2>/dev/null; wait 2>/dev/null; rm -rf "$work"' EXIT

seed=content/python-senior-lead-questions.md
body_from=$(grep -n '^## ' "$seed" | head -n 1 | cut -d: -f1)
mkdir -p "$work/content"
{ echo "# Many topics"; echo; for _ in $(seq 1 "$copies"); do tail -n +"$body_from" "$seed"; done; } >"$work/content/many-topics.md"
{ echo "# One big topic"; echo; echo "## Everything"; echo;
  for _ in $(seq 1 "$copies"); do tail -n +"$body_from" "$seed" | grep -v '^## '; done; } >"$work/content/one-topic.md"

port=$(free_port 18100 18120)
base="http://127.0.0.1:$port"
start=$(date +%s)
java -Xmx512m -jar "$jar" --server.port="$port" --bank.data-dir="$work/data" --bank.content-dir="$work/content" --bank.import.max-size=20MB \
  >"$work/app.log" 2>&1 &
app=$!
until [ "$(curl -fs "$base/api/guides" 2>/dev/null | grep -o '"slug"' | wc -l)" -ge 2 ]; do
  sleep 1
  kill -0 "$app" 2>/dev/null || { echo "the app died:"; tail -20 "$work/app.log"; exit 1; }
done
echo "== $(nproc) cores, load average$(uptime | sed "s/.*load average//"); both guides imported and served after $(( $(date +%s) - start )) s"

slugs=$(curl -fs "$base/api/guides" | python3 -c 'import json,sys; d=json.load(sys.stdin); d=d.get("guides", d) if isinstance(d, dict) else d; print(" ".join(g["slug"] for g in d))')
many=$(echo "$slugs" | tr ' ' '\n' | grep many)
one=$(echo "$slugs" | tr ' ' '\n' | grep one)
last_page=$(curl -fs "$base/guides/$one/topics/everything" | grep -o 'topics/everything?page=[0-9]*' | sed 's/.*=//' | sort -n | tail -n 1)
middle=$(curl -fs "$base/guides/$one/topics/everything?page=100" | grep -o "/guides/$one/questions/[^\"#]*" | head -n 1)
pages=("/guides/$many" "/guides/$many/topics/oop-in-python" "/guides/$one" "/guides/$one/topics/everything"
       "/guides/$one/topics/everything?page=$last_page" "$middle")

printf '%-70s %10s %9s %14s\n' page bytes "cold ms" "warm ms (p50)"
largest=0
for page in "${pages[@]}"; do
  cold=$(curl -fs -o /dev/null -w '%{size_download} %{time_total}' "$base$page")
  bytes=${cold% *}
  warm=$(for _ in 1 2 3 4 5; do curl -fs -o /dev/null -w '%{time_total}\n' "$base$page"; done | sort -n | sed -n 3p)
  printf '%-70s %10d %9.0f %14.1f\n' "$page" "$bytes" "$(echo "${cold#* } * 1000" | bc)" "$(echo "$warm * 1000" | bc)"
  [ "$bytes" -gt "$largest" ] && largest=$bytes
done
echo "largest page: $largest bytes ($(( largest / 1024 )) KB)"
