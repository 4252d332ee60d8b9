#!/usr/bin/env bash
# The largest pages of a 10,000-question guide: the packaged app (java -Xmx512m -jar, with the
# launcher's JVM options: launcher_options in bench/lib.sh) imports two
# guides of 10,010 questions: the seed's topics repeated 70 times (about 1,500 topics), and one
# topic holding all its questions; then each page is fetched once cold and 5 times warm (curl).
# Prints bytes and times per page (issue 15's target: no page over 1 MB, each within 200 ms).
# Usage: bench/big-pages.sh [copies]   (default 70; SKIP_BUILD=1 reuses target/*.jar, JAR=path runs
# another build; PORTS=18600-18699 where to listen; JFR=file.jfr also records a profile of the app
# while it renders about a hundred more pages not yet kept, after the measured ones)
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
launcher_jvm_options=$(launcher_options)
copies=${1:-70}
[ -n "${SKIP_BUILD:-}" ] || ./mvnw -q -B -o -DskipTests package
jar=${JAR:-$(ls target/interview-bank-*.jar | grep -v original | sed -n 1p)}
work=$(mktemp -d)
app=""
trap '[ -n "$app" ] && kill "$app" 2>/dev/null; wait 2>/dev/null; rm -rf "$work"' EXIT

seed=content/python-senior-lead-questions.md
body_from=$(grep -n -m 1 '^## ' "$seed" | cut -d: -f1)
mkdir -p "$work/content"
{ echo "# Many topics"; echo; for _ in $(seq 1 "$copies"); do tail -n +"$body_from" "$seed"; done; } >"$work/content/many-topics.md"
# One topic of as many questions, each an answer of the seed's average size (a paragraph and code).
python3 - "$(( copies * 143 ))" >"$work/content/one-topic.md" <<'PY'
import sys
print("# One big topic\n\n## Everything\n")
for n in range(1, int(sys.argv[1]) + 1):
    print(f"### How does step {n} of the pipeline handle retries?\n")
    print(f"Step {n} retries a failed call with exponential backoff and jitter, gives up after a few tries, "
          "and records why, so that an operator can tell a slow dependency from a broken one.\n")
    print(f"```python\ndef step_{n}(call, tries=3):\n    for attempt in range(tries):\n        try:\n"
          "            return call()\n        except TimeoutError:\n            sleep(2 ** attempt)\n"
          "    raise RuntimeError('gave up')\n```\n")
PY

ports=${PORTS:-18100-18120}
port=$(free_port "${ports%-*}" "${ports#*-}")
base="http://127.0.0.1:$port"
start=$(date +%s)
java -Xmx512m $launcher_jvm_options -jar "$jar" --server.port="$port" --bank.data-dir="$work/data" --bank.content-dir="$work/content" --bank.import.max-size=20MB \
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
middle=$(curl -fs "$base/guides/$one/topics/everything?page=100" | grep -o "/guides/$one/questions/[^\"#]*" | sed -n 1p)
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
# Pages not yet kept, in a warm app: ten questions of the big topic and ten topic pages, each asked once.
for kind in questions pages; do
  if [ "$kind" = questions ]; then
    urls=$(curl -fs "$base/guides/$one/topics/everything?page=150" | grep -o "/guides/$one/questions/[^\"#]*" | sort -u | sed -n 1,10p)
  else
    urls=$(for n in 11 22 33 44 55 66 77 88 99 111; do echo "/guides/$one/topics/everything?page=$n"; done)
  fi
  times=$(for url in $urls; do curl -fs -o /dev/null -w '%{time_total}\n' "$base$url"; done | sort -n)
  echo "not yet kept, $kind of the big topic, 10 asked once each: median $(echo "$(echo "$times" | sed -n 5p) * 1000" | bc) ms, max $(echo "$(echo "$times" | tail -n 1) * 1000" | bc) ms"
done

[ -n "${JFR:-}" ] || exit 0
# The profile: topic pages and question pages of the big topic nobody asked for yet.
jcmd "$app" JFR.start name=pages settings=profile >/dev/null
for n in $(seq 2 2 120); do curl -fs -o /dev/null "$base/guides/$one/topics/everything?page=$n"; done
for n in 31 63 95 127 159 191; do
  for url in $(curl -fs "$base/guides/$one/topics/everything?page=$n" | grep -o "/guides/$one/questions/[^\"#]*" | sort -u | sed -n 1,10p); do
    curl -fs -o /dev/null "$base$url"
  done
done
jcmd "$app" JFR.stop name=pages filename="$(realpath -m "$JFR")" >/dev/null
echo "profile: $JFR"
