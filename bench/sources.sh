#!/usr/bin/env bash
# Git sources: the time to check a source whose branch has not moved (target under 1 s), and to
# import the h5bp repository at its newest commit and the 30-seconds one (109 question files),
# each from a file:// clone of the bundles in src/test/resources/corpora. Measures only.
# Usage: bench/sources.sh   (uses a free port from 18115 on localhost; needs curl and git;
# BENCH_SKIP_BUILD=1 uses the jar already in target/)
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
[ "${BENCH_SKIP_BUILD:-}" = 1 ] || ./mvnw -q -B -DskipTests package
jar=$(ls target/interview-bank-*.jar | grep -v original | head -n 1)

port=$(free_port 18115 18129)
base="http://127.0.0.1:$port"
token=bench-sources-token
tmp=$(mktemp -d)
app=""
trap '[ -n "$app" ] && kill "$app" 2>/dev/null; wait 2>/dev/null; rm -rf "$tmp"' EXIT
git clone -q src/test/resources/corpora/h5bp-front-end-interview-questions.bundle "$tmp/h5bp"
git clone -q src/test/resources/corpora/30-seconds-of-interviews.bundle "$tmp/30s"
mkdir -p "$tmp/content"
java -Xmx512m -jar "$jar" --server.port="$port" --bank.data-dir="$tmp/data" --bank.content-dir="$tmp/content" \
  --bank.admin.token="$token" --bank.sources.poll-interval=0 >"$tmp/app.log" 2>&1 &
app=$!
until curl -fs "$base/actuator/health" >/dev/null 2>&1; do
  sleep 0.5
  kill -0 "$app" 2>/dev/null || { echo "the app died:"; tail -30 "$tmp/app.log"; exit 1; }
done

api() { curl -fs -H "Authorization: Bearer $token" "$@"; }
field() { grep -o "\"$1\":[^,}]*" | head -n 1 | cut -d: -f2 | tr -d '"'; }
millis() { date +%s%3N; }

register() { api -H 'Content-Type: application/json' -d "{\"guide\":\"$1\",\"url\":\"file://$2\",\"branch\":\"main\",\"path\":\"$3\",\"autoApply\":true}" "$base/admin/api/sources" | field id; }

for repo in h5bp:h5bp-bench: 30s:thirty-seconds-bench:questions; do
  IFS=: read -r dir guide path <<<"$repo"
  id=$(register "$guide" "$tmp/$dir" "$path")
  start=$(millis); report=$(api -X POST "$base/admin/api/sources/$id/check"); end=$(millis)
  echo "import $dir at its newest commit (fetch, parse, apply): $((end - start)) ms; status $(field status <<<"$report"), questions $(grep -o '"questions":[0-9]*' <<<"$report" | head -n 1 | cut -d: -f2)"
  best=""
  for round in 1 2 3 4 5; do
    start=$(millis); report=$(api -X POST "$base/admin/api/sources/$id/check"); end=$(millis)
    took=$((end - start)); { [ -z "$best" ] || [ "$took" -lt "$best" ]; } && best=$took
    times="${times:-}$took "
  done
  echo "check $dir with no change: ${times}ms (best $best ms); status $(field status <<<"$report")"
  times=""
done
