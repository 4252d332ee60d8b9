#!/usr/bin/env bash
# Where a start's classes come from: starts target/app (built by `./mvnw -Paot -DskipTests package`)
# warm, on a copy of the training start's data folder, with the build-time bean definitions but
# without the class archive (so that every class names its jar), waits for the first page, and
# prints the classes loaded per library (the jar's name without its version; the JDK's per module;
# "generated" for lambdas, proxies and CGLIB classes), the most first; then the 25 slowest start
# steps by their own time, each with the beans it was made for (Spring's BufferingApplicationStartup,
# through bench/StartupSteps.java, not part of the app), measured in a second start.
# Usage: bench/startup-classes.sh [more JVM options]   (a free port from 18430; KEEP=file keeps the
# class log)
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
[ -x target/app/interview-bank ] || { echo "build target/app first: ./mvnw -Paot -DskipTests package" >&2; exit 1; }
jar=$(ls target/app/interview-bank-*.jar | head -n 1)
port=$(free_port 18430 18450)
tmp=$(mktemp -d)
app=""
trap '[ -n "$app" ] && kill "$app" 2>/dev/null; wait 2>/dev/null; [ -n "${KEEP:-}" ] && cp "$tmp/classes.txt" "$KEEP"; rm -rf "$tmp"' EXIT
cp -r target/app-training/data "$tmp/data"

begin=$(date +%s%N)
java -Xmx512m -Xlog:class+load:file="$tmp/classes.txt" -Dspring.aot.enabled=true "$@" -jar "$jar" \
  --server.port="$port" --bank.data-dir="$tmp/data" >"$tmp/app.log" 2>&1 &
app=$!
await_first_page "$port" "$app" "$tmp/app.log" || exit 1
served=$(( ($(date +%s%N) - begin) / 1000000 ))
cpu=$(awk '{ print ($14 + $15) / 100 }' "/proc/$app/stat")
kill "$app"; wait "$app" 2>/dev/null || true; app=""

echo "== first page after $served ms, CPU ${cpu} s, $(grep -c ' source: ' "$tmp/classes.txt") classes; $(grep -o 'Started InterviewBankApplication in .*' "$tmp/app.log")"
sed -n 's/.* source: //p' "$tmp/classes.txt" | sed -E \
  -e 's|^jrt:/(.*)|JDK \1|' \
  -e 's|^shared objects file.*|JDK (default CDS archive)|' \
  -e 's|^file:.*/lib/([^/]*)\.jar$|\1|' \
  -e 's|^file:.*/(interview-bank)-[^/]*\.jar$|\1|' \
  -e 's|^(.*)-[0-9]+\.[0-9][^/]*$|\1|' \
  -e '/^(JDK |file:)/!{/^[a-z][-a-z0-9.]*$/!s|.*|generated (lambdas, proxies, CGLIB)|}' \
  | sort | uniq -c | sort -rn | sed 's/^ *\([0-9]*\) /\1\t/' | awk -F'\t' '{ printf "%6d  %s\n", $1, $2 }'

echo
java -Xmx512m -Dspring.aot.enabled=true "$@" -cp "$jar:$(dirname "$jar")/lib/*" bench/StartupSteps.java \
  --server.port="$port" --bank.data-dir="$tmp/data" 2>&1 | sed -n '/^== started/,$p'
