#!/usr/bin/env bash
# Lighthouse 12.2.3 (the last that runs on Node 20) against Debian's Chromium, on the reader's
# pages of a running bank, mobile and desktop: prints performance, accessibility, best practices
# and SEO per page. Lighthouse is installed under target/lighthouse (never committed).
# Usage: bench/lighthouse.sh                 builds the jar and serves the seed on a free port
#        BASE_URL=http://localhost:8080 bench/lighthouse.sh    measures a bank already running
#        BENCH_SKIP_BUILD=1 bench/lighthouse.sh                 reuses the jar in target/
#        PAGES="guide question" bench/lighthouse.sh             only these of the pages below
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
export CHROME_PATH=${CHROME_PATH:-/usr/bin/chromium}
tool=target/lighthouse
guide=python-senior-lead-questions

if [ ! -x "$tool/node_modules/.bin/lighthouse" ]; then
  mkdir -p "$tool"
  (cd "$tool" && { [ -f package.json ] || npm init -y >/dev/null; } && npm i -E lighthouse@12.2.3 --no-audit --no-fund >/dev/null)
fi

app=""
data=""
trap '[ -n "$app" ] && kill "$app" 2>/dev/null; [ -n "$data" ] && rm -rf "$data"' EXIT
base=${BASE_URL:-}
if [ -z "$base" ]; then
  [ "${BENCH_SKIP_BUILD:-0}" = 1 ] || ./mvnw -q -B -DskipTests package
  jar=$(ls target/interview-bank-*.jar | grep -v original | head -n 1)
  port=$(free_port 18100 18120)
  data=$(mktemp -d)
  java -Xmx512m -jar "$jar" --server.port="$port" --bank.data-dir="$data" >"$data/app.log" 2>&1 &
  app=$!
  base="http://localhost:$port"
  until curl -fs "$base/" 2>/dev/null | grep -q "/guides/$guide"; do
    sleep 0.5
    kill -0 "$app" 2>/dev/null || { echo "the app died:"; tail -20 "$data/app.log"; exit 1; }
  done
fi

pages=(
  "home /"
  "guide /guides/$guide"
  "topic /guides/$guide/topics/oop-in-python"
  "question /guides/$guide/questions/gil-definition-algorithms-in-2x-and-3x"
  "search /search?q=decorator"
  "practice /practice?guide=$guide&topic=oop-in-python"
)
out=target/lighthouse/reports
mkdir -p "$out"
printf '%-9s %-8s %5s %5s %5s %5s\n' page device perf a11y best seo
for form in mobile desktop; do
  preset=()
  [ "$form" = desktop ] && preset=(--preset=desktop)
  for entry in "${pages[@]}"; do
    name=${entry%% *}
    path=${entry#* }
    if [ -n "${PAGES:-}" ] && [[ " $PAGES " != *" $name "* ]]; then continue; fi
    report="$out/$name-$form.json"
    "$tool/node_modules/.bin/lighthouse" "$base$path" "${preset[@]}" --quiet \
      --only-categories=performance,accessibility,best-practices,seo \
      --chrome-flags="--headless=new --no-sandbox --disable-dev-shm-usage" \
      --output=json --output-path="$report" >/dev/null 2>&1 || { echo "$name $form: lighthouse failed"; continue; }
    node -e '
      const r = require(process.argv[1]);
      const s = k => Math.round(r.categories[k].score * 100);
      const low = Object.values(r.audits).filter(a => a.score !== null && a.score < 0.9 && a.scoreDisplayMode === "binary").map(a => a.id);
      console.log([process.argv[2].padEnd(9), process.argv[3].padEnd(8), ...["performance", "accessibility", "best-practices", "seo"].map(k => String(s(k)).padStart(5))].join(" ")
        + (low.length ? "   failed: " + low.join(", ") : ""));
    ' "$PWD/$report" "$name" "$form"
  done
done
