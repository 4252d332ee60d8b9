#!/usr/bin/env bash
# What the text repair restores, leaves as imported and reports, by kind, for the seed (or the
# guides given): counts, not timings. Usage: bench/repair.sh [guide.md ...]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -o -DskipTests test-compile
./mvnw -q -B -o dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt >/dev/null
guides=("$@")
if [ ${#guides[@]} -eq 0 ]; then
  guides=(content/python-senior-lead-questions.md)
fi
java -cp "target/classes:target/test-classes:$(cat target/bench-classpath.txt)" \
  com.interviewbank.bench.RepairFigures "${guides[@]}"
