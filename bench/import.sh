#!/usr/bin/env bash
# Applying a big guide: the seed's body repeated until the guide holds about 2,860 questions
# (20 copies, about 3 MB), imported into H2 (file) as a new guide, then as new versions beside the
# active one (what a re-import does). Prints each round and the median of the measured ones.
# Usage: bench/import.sh [copies]   (default 20; 70 gives about 10,000 questions; BENCH_WARMUP and
# BENCH_ROUNDS: rounds, default 2 and 3; BENCH_JAVA_OPTS: more JVM options, e.g. a JFR recording)
set -euo pipefail
cd "$(dirname "$0")/.."
copies=${1:-20}
./mvnw -q -B -o -DskipTests test-compile
./mvnw -q -B -o dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt >/dev/null
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
seed=content/python-senior-lead-questions.md
guide="$tmp/big-guide.md"
# The title and the table of contents once, then the topics $copies times (their slugs get
# GitHub's -1, -2 suffixes, as a real guide's repeated headings do).
body_from=$(grep -n '^## ' "$seed" | head -n 1 | cut -d: -f1)
head -n $((body_from - 1)) "$seed" >"$guide"
for _ in $(seq 1 "$copies"); do tail -n +"$body_from" "$seed" >>"$guide"; done
echo "== $(nproc) cores, load average$(uptime | sed "s/.*load average//"), $(java -version 2>&1 | head -n 1); guide: $copies copies of the seed's topics, $(( $(wc -c <"$guide") / 1024 )) KB"
java -Xmx1g -Dbench.warmup=${BENCH_WARMUP:-2} -Dbench.rounds=${BENCH_ROUNDS:-3} ${BENCH_JAVA_OPTS:-} \
  -cp "target/classes:target/test-classes:$(cat target/bench-classpath.txt)" \
  com.interviewbank.bench.ImportBenchmark "$guide" 2>&1 | grep -E "round|full import|ERROR"
