#!/usr/bin/env bash
# Times the importer (decode, repair, parse, render, sanitize) on the seed and on the largest
# real guide, warm: 150 rounds of warm-up, then 50 measured. Usage: bench/parse.sh [guide.md ...]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B -DskipTests test-compile
./mvnw -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt >/dev/null
guides=("$@")
if [ ${#guides[@]} -eq 0 ]; then
  guides=(content/python-senior-lead-questions.md
          src/test/resources/corpora/sudheerj__reactjs-interview-questions__README.md)
fi
java ${BENCH_JAVA_OPTS:--Xmx512m} -cp "target/classes:target/test-classes:$(cat target/bench-classpath.txt)" \
  com.interviewbank.bench.ParseBenchmark "${guides[@]}"
