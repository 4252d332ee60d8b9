# Shared by the bench scripts (source it): the first port of a range that nothing listens on.
# Usage: port=$(free_port 18085 18099)
free_port() {
  local candidate
  for candidate in $(seq "$1" "$2"); do
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$candidate") 2>/dev/null; then echo "$candidate"; return 0; fi
  done
  echo "no free port in $1-$2" >&2
  return 1
}

# Waits until the app (process $2) on port $1 serves the seed's home page; fails with the end of
# its log ($3) if it dies first.
# Usage: await_first_page "$port" "$app" "$log" || exit 1
await_first_page() {
  until curl -fs "http://127.0.0.1:$1/" 2>/dev/null | grep -q 'Python Questions for Senior and Lead roles'; do
    sleep 0.05
    kill -0 "$2" 2>/dev/null || { echo "the app died:" >&2; tail -20 "$3" >&2; return 1; }
  done
}

# The JVM options the launcher starts the bank with (src/launcher/interview-bank, its "defaults":
# the collector), so that a bench of `java -jar` measures the bank as it is meant to run. Stops the
# bench if it cannot read them, rather than measure the JVM's own defaults.
# Usage: launcher_jvm_options=$(launcher_options)   (under set -e: stops the bench if it fails)
launcher_options() {
  local options
  options=$(sed -n 's/^defaults="\(.*\)"$/\1/p' "$(dirname "${BASH_SOURCE[0]}")/../src/launcher/interview-bank" | head -n 1)
  [ -n "$options" ] || { echo "no defaults=\"...\" in src/launcher/interview-bank" >&2; return 1; }
  echo "$options"
}
