#!/usr/bin/env bash
# Start-up of the packaged app, warm (the bank already in the data folder): from the command to the
# log's "Started" line and to the first page served, for each way of starting it:
#   the launcher that `./mvnw -Paot package` makes (target/app/interview-bank: build-time bean
#   definitions and the archive the build trained: AppCDS, or with BANK_AOT_JDK=auto (or a JDK 25+'s
#   home) an AOT cache), alone and with C1 only (JAVA_OPTS=-XX:TieredStopAtLevel=1); for
#   comparison, plain `java -jar`; with the
#   bean definitions made at build time (-Dspring.aot.enabled=true); with those and a JDK 17
#   class-data archive (CDS) trained here on the extracted jar; the same with C1 only; and
#   `./mvnw spring-boot:run` to the first page (with a built project, so that Maven only checks it
#   is up to date).
# Usage: bench/startup.sh [rounds]   (default 3, the median is shown; a free port from 18400)
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
rounds=${1:-3}
./mvnw -q -B -Paot -DskipTests -Dbank.aot-jdk="${BANK_AOT_JDK:-none}" package   # -Paot: build-time bean definitions, target/app
jar=$(ls target/interview-bank-*.jar | grep -v original | head -n 1)
port=$(free_port 18400 18420)
tmp=$(mktemp -d)
app=""
trap '[ -n "$app" ] && kill "$app" 2>/dev/null; wait 2>/dev/null; rm -rf "$tmp"' EXIT
data="$tmp/data"

# Starts the app with this command (java and its options, or the launcher), waits for the first
# page; prints "<s to Started> <ms to first page>".
start_once() {
  local begin started served log="$tmp/app.log"
  begin=$(date +%s%N)
  "$@" --server.port="$port" --bank.data-dir="$data" >"$log" 2>&1 &
  app=$!
  await_first_page "$port" "$app" "$log" || exit 1
  served=$(( ($(date +%s%N) - begin) / 1000000 ))
  started=$(grep -o 'Started InterviewBankApplication in .*(process running for [0-9.]*' "$log" | grep -o '[0-9.]*$')
  kill "$app"; wait "$app" 2>/dev/null || true; app=""
  echo "$started $served"
}

# Runs start_once $rounds times; prints the medians.
measure() {
  local label=$1 results
  shift
  results=$(for _ in $(seq 1 "$rounds"); do start_once "$@"; done)
  printf '%-44s Started in %5.2f s (JVM included), first page after %5d ms\n' "$label" \
    "$(cut -d' ' -f1 <<<"$results" | sort -n | sed -n "$(( (rounds + 1) / 2 ))p")" \
    "$(cut -d' ' -f2 <<<"$results" | sort -n | sed -n "$(( (rounds + 1) / 2 ))p")"
}

echo "== $(nproc) cores, load average$(uptime | sed 's/.*load average//'), $(java -version 2>&1 | head -n 1)"
start_once java -jar "$jar" >/dev/null   # the bank is imported into the data folder: later starts are warm
launcher=target/app/interview-bank
archive=$([ -f target/app/app.aot ] && echo app.aot || echo app.jsa)   # what the build trained
measure "launcher ($archive)" env JAVA_OPTS=-Xmx512m "$launcher"
measure "launcher ($archive), C1 only" env JAVA_OPTS="-Xmx512m -XX:TieredStopAtLevel=1" "$launcher"
measure "java -jar" java -Xmx512m -jar "$jar"
measure "java -jar, AOT" java -Xmx512m -Dspring.aot.enabled=true -jar "$jar"
cds="$tmp/app"
java -Djarmode=tools -jar "$jar" extract --destination "$cds" >/dev/null
extracted="$cds/$(basename "$jar")"
java -XX:ArchiveClassesAtExit="$cds/app.jsa" -Dspring.aot.enabled=true -Dspring.context.exit=onRefresh \
  -jar "$extracted" --bank.data-dir="$data" >/dev/null 2>&1
measure "java -jar, AOT + CDS" java -Xmx512m -XX:SharedArchiveFile="$cds/app.jsa" -Dspring.aot.enabled=true -jar "$extracted"
measure "java -jar, AOT + CDS + C1 only" java -Xmx512m -XX:SharedArchiveFile="$cds/app.jsa" -XX:TieredStopAtLevel=1 \
  -Dspring.aot.enabled=true -jar "$extracted"

# ./mvnw spring-boot:run, from the command to the first page (the project already built above).
run_once() {
  local begin log="$tmp/run.log"
  begin=$(date +%s%N)
  ./mvnw -q -B -o spring-boot:run -Dspring-boot.run.arguments="--server.port=$port --bank.data-dir=$data" >"$log" 2>&1 &
  app=$!
  until curl -fs "http://127.0.0.1:$port/" 2>/dev/null | grep -q 'Python Questions for Senior and Lead roles'; do
    sleep 0.05
    kill -0 "$app" 2>/dev/null || { echo "spring-boot:run died:" >&2; tail -20 "$log" >&2; exit 1; }
  done
  echo $(( ($(date +%s%N) - begin) / 1000000 ))
  kill "$app"; wait "$app" 2>/dev/null || true; app=""
  # Maven's forked JVM outlives the wrapper's own: wait for the port to be free again.
  while (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do sleep 0.2; done
}
printf '%-44s first page after %5d ms\n' "./mvnw spring-boot:run" \
  "$(for _ in $(seq 1 "$rounds"); do run_once; done | sort -n | sed -n "$(( (rounds + 1) / 2 ))p")"
