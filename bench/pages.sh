#!/usr/bin/env bash
# Serving speed against a static server: the app (java -Xmx256m -jar, the seed imported at start)
# and nginx serving the very same bytes of a topic page, a question page, a repeated search page and
# a repeated search API answer, each loaded by wrk for DURATION (default 30s) at 64 connections. Prints requests per second and p99 latency of each and
# the app's share of nginx's throughput (target: >= 0.5, p99 < 20 ms).
# Needs Debian's nginx and wrk (apt-get install -y nginx wrk).
# Usage: bench/pages.sh [--app.property=value ...]   (arguments go to the app; BENCH_JAVA: the java
# command, default java; e.g. a JDK 21+ with --spring.threads.virtual.enabled=true; BENCH_JAVA_OPTS:
# its options, default -Xmx256m and the launcher's collector, launcher_options in bench/lib.sh)
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
launcher_jvm_options=$(launcher_options)
duration=${DURATION:-30s}
connections=64
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
app_port=$(free_port)
nginx_port=$(free_port)
guide=/guides/python-senior-lead-questions
pages=("$guide/topics/oop-in-python" "$guide/questions/__slots__" "/search?q=decorators" "/api/search?q=decorators")

[ -n "${SKIP_BUILD:-}" ] || ./mvnw -q -B -DskipTests package
jar=$(ls target/interview-bank-*.jar | grep -v original | head -n 1)
work=$(mktemp -d)
app=""
nginx_pid=""
cleanup() {
  [ -n "$app" ] && kill "$app" 2>/dev/null
  [ -n "$nginx_pid" ] && kill "$nginx_pid" 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT

"${BENCH_JAVA:-java}" ${BENCH_JAVA_OPTS:--Xmx256m $launcher_jvm_options} -jar "$jar" --server.port="$app_port" --bank.data-dir="$work/data" "$@" >"$work/app.log" 2>&1 &
app=$!
until curl -fs "http://127.0.0.1:$app_port/" 2>/dev/null | grep -q 'Python Questions'; do
  sleep 0.2
  kill -0 "$app" 2>/dev/null || { echo "the app died:"; tail -20 "$work/app.log"; exit 1; }
done

echo "== $(nproc) cores, load average$(uptime | sed 's/.*load average//'), $("${BENCH_JAVA:-java}" -version 2>&1 | head -n 1), app arguments: ${*:-none}"
mkdir -p "$work/www" "$work/nginx"
chmod 755 "$work" "$work/www"   # nginx's workers run as nobody
for i in "${!pages[@]}"; do
  curl -fs -o "$work/www/page$i.html" "http://127.0.0.1:$app_port${pages[$i]}"
  echo "page$i: ${pages[$i]} ($(wc -c <"$work/www/page$i.html") bytes)"
done
cat >"$work/nginx/nginx.conf" <<CONF
worker_processes auto;
pid $work/nginx/nginx.pid;
error_log $work/nginx/error.log;
daemon off;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path $work/nginx;
  proxy_temp_path $work/nginx;
  fastcgi_temp_path $work/nginx;
  uwsgi_temp_path $work/nginx;
  scgi_temp_path $work/nginx;
  default_type text/html;
  server { listen 127.0.0.1:$nginx_port; root $work/www; }
}
CONF
nginx -c "$work/nginx/nginx.conf" -p "$work/nginx" &
nginx_pid=$!
until curl -fs -o /dev/null "http://127.0.0.1:$nginx_port/page0.html"; do sleep 0.1; done

# Prints "requests/s p99" of one wrk run.
load() {
  wrk -t2 -c"$connections" -d"$1" --latency "$2" | awk '
    /Requests\/sec/ { rps = $2 }
    / 99%/ { p99 = $2 }
    END { print rps, p99 }'
}

for i in "${!pages[@]}"; do
  load 5s "http://127.0.0.1:$app_port${pages[$i]}" >/dev/null   # warm-up: JIT, caches
  read -r app_rps app_p99 < <(load "$duration" "http://127.0.0.1:$app_port${pages[$i]}")
  read -r nginx_rps nginx_p99 < <(load "$duration" "http://127.0.0.1:$nginx_port/page$i.html")
  ratio=$(python3 -c "print(f'{$app_rps / $nginx_rps:.2f}')")
  printf '%-55s app %9s req/s p99 %-8s | nginx %9s req/s p99 %-8s | app/nginx %s\n' \
    "${pages[$i]}" "$app_rps" "$app_p99" "$nginx_rps" "$nginx_p99" "$ratio"
done
grep -q OutOfMemoryError "$work/app.log" && echo "OutOfMemoryError in the app's log" || echo "no OutOfMemoryError (-Xmx256m)"
