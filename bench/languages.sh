#!/usr/bin/env bash
# Relevance in Chinese and Russian, on the real guides of the test corpora (JavaGuide's Redis
# questions and an excerpt of its Java basics, yakimka's Python questions), over the queries of
# src/test/resources/search/language-relevance.psv (the table LanguageRelevanceTests asserts).
# For each query: the rank of the first expected question among the results (1 is best), how many
# results there are, and for a Chinese query how many of the first results in a row hold the whole
# word (title or answer) before the first that does not ("whole-word run"), against all that hold it.
# Measures only; never fails on a number.
# Usage: bench/languages.sh   (uses a free port from 18100 on localhost; needs curl and jq;
# BENCH_SKIP_BUILD=1 uses the jar already in target/)
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
[ "${BENCH_SKIP_BUILD:-}" = 1 ] || ./mvnw -q -B -DskipTests package
jar=$(ls target/interview-bank-*.jar | grep -v original | head -n 1)
table=src/test/resources/search/language-relevance.psv

port=$(free_port 18100 18114)
base="http://127.0.0.1:$port"

tmp=$(mktemp -d)
app=""
trap '[ -n "$app" ] && kill "$app" 2>/dev/null; wait 2>/dev/null; rm -rf "$tmp"' EXIT
cp "$jar" "$tmp/app.jar"
mkdir -p "$tmp/content"
cp src/test/resources/corpora/Snailclimb__JavaGuide__docs__database__redis__redis-questions-01.md "$tmp/content/javaguide-redis.md"
cp src/test/resources/corpora/Snailclimb__JavaGuide__docs__java__basis__java-basic-questions-01.excerpt.md "$tmp/content/javaguide-java-basics.md"
cp src/test/resources/corpora/yakimka__python_interview_questions__questions.md "$tmp/content/yakimka-python.md"
java -Xmx512m -jar "$tmp/app.jar" --server.port="$port" --bank.data-dir="$tmp/data" --bank.content-dir="$tmp/content" \
  >"$tmp/app.log" 2>&1 &
app=$!
until [ "$(curl -fs "$base/api/guides" 2>/dev/null | grep -o '"slug":' | wc -l)" -ge 3 ]; do
  sleep 0.5
  kill -0 "$app" 2>/dev/null || { echo "the app died:"; tail -30 "$tmp/app.log"; exit 1; }
done
echo "guides: $(curl -fs "$base/api/guides" | grep -o '"slug":"[^"]*","title":"[^"]*","language":"[^"]*"' | sed 's/"slug"://; s/,"title":"[^"]*"//; s/,"language":/ /; s/"//g' | tr '\n' ';' | sed 's/;$//; s/;/, /g')"

# The question slugs of a search, in order, one a line.
results() { curl -fsG "$base/api/search" --data-urlencode "q=$2" --data-urlencode "guide=$1" --data-urlencode "size=50" \
  | grep -o '"question":"[^"]*"' | cut -d'"' -f4; }
# Whether a question's title or answer holds a text.
holds() { curl -fs "$base/api/guides/$1/questions/$(printf %s "$2" | jq -sRr @uri)" | grep -q -- "$3"; }

printf '%-16s %-14s %5s %7s  %s\n' guide query rank results "whole-word run (of results holding it)"
firsts=0; rows=0
while IFS='|' read -r guide query expected rule; do
  trim() { sed 's/^ *//; s/ *$//' <<<"$1"; }
  guide=$(trim "$guide"); query=$(trim "$query"); expected=$(trim "$expected")
  { [ -z "$guide" ] || [ "${guide:0:1}" = "#" ]; } && continue
  mapfile -t found < <(results "$guide" "$query")
  rank="-"
  for i in "${!found[@]}"; do
    for slug in $expected; do
      if [ "${found[$i]}" = "$slug" ]; then rank=$((i + 1)); break 2; fi
    done
  done
  rows=$((rows + 1)); [ "$rank" = "1" ] && firsts=$((firsts + 1))
  whole=""
  if [ "$guide" = "javaguide-redis" ] && printf %s "$query" | grep -qP '\p{Han}'; then
    run=0; holding=0; broken=no
    for slug in "${found[@]}"; do
      if holds "$guide" "$slug" "$query"; then holding=$((holding + 1)); [ $broken = no ] && run=$((run + 1)); else broken=yes; fi
    done
    whole="$run ($holding)"
  fi
  printf '%-16s %-14s %5s %7s  %s\n' "$guide" "$query" "$rank" "${#found[@]}" "$whole"
done < "$table"
echo "expected question first: $firsts of $rows queries"
