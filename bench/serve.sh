#!/usr/bin/env bash
# Numbers for serving the bank: a warm full import of the seed into H2, the time from `java -jar`
# to the first page served (cold: empty data folder, the seed imported at start; warm: bank
# present; and warm with an AppCDS archive), the jar's size, and the app serving every page of
# the seed with -Xmx256m.
# Usage: bench/serve.sh   (uses port 18080 on localhost)
set -euo pipefail
cd "$(dirname "$0")/.."
port=18080
./mvnw -q -B -DskipTests package
./mvnw -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt >/dev/null
jar=$(ls target/interview-bank-*.jar | grep -v original | head -n 1)

echo "== import"
java -Xmx512m -cp "target/classes:target/test-classes:$(cat target/bench-classpath.txt)" \
  com.interviewbank.bench.ImportBenchmark content/python-senior-lead-questions.md 2>/dev/null | grep 'full import'

data=$(mktemp -d)
app=""
trap '[ -n "$app" ] && kill "$app" 2>/dev/null; rm -rf "$data"' EXIT

# Starts the app (java options as arguments, default: -jar the jar) and waits until the home page
# lists the seed; sets $app and $elapsed (ms).
start_app() {
  local begin end
  local options=("$@")
  [ ${#options[@]} -gt 0 ] || options=(-Xmx512m -jar "$jar")
  begin=$(date +%s%N)
  java "${options[@]}" --server.port=$port --bank.data-dir="$data" >"$data/app.log" 2>&1 &
  app=$!
  until curl -fs "http://localhost:$port/" 2>/dev/null | grep -q 'Python Questions for Senior and Lead roles'; do
    sleep 0.05
    kill -0 $app 2>/dev/null || { echo "the app died:"; tail -20 "$data/app.log"; exit 1; }
  done
  end=$(date +%s%N)
  elapsed=$(( (end - begin) / 1000000 ))
}

stop() {
  kill "$app"; wait "$app" 2>/dev/null || true
}

echo "== start-up to first page served"
start_app
echo "cold (empty data folder, seed imported at start): $elapsed ms"
stop
start_app
echo "warm (bank present):                              $elapsed ms"
stop
# The same warm start with an application class-data archive (AppCDS), trained once.
cds="$data/cds"
java -Djarmode=tools -jar "$jar" extract --destination "$cds" >/dev/null
java -XX:ArchiveClassesAtExit="$cds/app.jsa" -Dspring.context.exit=onRefresh -jar "$cds/$(basename "$jar")" \
  --bank.data-dir="$data" >/dev/null 2>&1
start_app -Xmx512m -XX:SharedArchiveFile="$cds/app.jsa" -jar "$cds/$(basename "$jar")"
echo "warm, with AppCDS:                                $elapsed ms"
stop
# C1 only (-XX:TieredStopAtLevel=1): no C2 compiler threads competing with start-up for the two
# cores, at the price of slower code once warm (see the README before choosing it).
fast=(-Xmx512m -XX:SharedArchiveFile="$cds/app.jsa" -XX:TieredStopAtLevel=1 -jar "$cds/$(basename "$jar")")
warm_data=$data
data=$(mktemp -d)
start_app "${fast[@]}"
echo "cold, with AppCDS and C1 only:                    $elapsed ms"
stop
rm -rf "$data"
data=$warm_data
start_app "${fast[@]}"
echo "warm, with AppCDS and C1 only:                    $elapsed ms"
stop

echo "== jar"
echo "$(basename "$jar"): $(du -k "$jar" | cut -f1) KB"

echo "== serving every page of the seed with -Xmx256m"
start_app -Xmx256m -jar "$jar"
api="http://localhost:$port/api/guides/python-senior-lead-questions"
slugs() { grep -o '"slug":"[^"]*"' | sed 's/"slug":"\(.*\)"/\1/' | tail -n +2; }
topics=$(curl -fs "$api" | slugs)
paths=""
for topic in $topics; do
  paths+=" /guides/python-senior-lead-questions/topics/$topic"
  for question in $(curl -fs "$api/topics/$topic" | slugs); do
    paths+=" /guides/python-senior-lead-questions/questions/$question"
  done
done
ok=0; failed=0; begin=$(date +%s%N)
for path in / /guides/python-senior-lead-questions $paths; do
  code=$(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$port$path")
  if [ "$code" = 200 ]; then ok=$((ok + 1)); else failed=$((failed + 1)); echo "  $code $path"; fi
done
end=$(date +%s%N)
rss=$(ps -o rss= -p "$app" | tr -d ' ')
echo "pages: $ok served with 200, $failed failed, in $(( (end - begin) / 1000000 )) ms; resident memory $((rss / 1024)) MB"
grep -q OutOfMemoryError "$data/app.log" && echo "OutOfMemoryError in the log" || echo "no OutOfMemoryError"
stop
