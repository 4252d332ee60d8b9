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
