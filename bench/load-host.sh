# Sourced by the bench scripts: starts the Release host on its own database with the demo seed (every demo
# account holding the reporting token $reporting_token), signs a demo account in, and runs wrk with 16
# connections. Needs $seconds set by the caller; $database (default partnership_bench) names the database.
host="src/Host/bin/Release/net10.0/Partnership.Host.dll"
server="${ConnectionStrings__Partnership:-Host=127.0.0.1;Port=5433;Username=postgres}"
database="${database:-partnership_bench}"
connection="$server;Database=$database"
port=5098
base="http://127.0.0.1:$port"
password="bench password for the load scripts"
reporting_token="ph_bench-token-0123456789abcdef"
pg_port=$(sed -E 's/.*Port=([0-9]+).*/\1/' <<<"$server")
psql_bench() { psql -h 127.0.0.1 -p "$pg_port" -U postgres -d "$database" -v ON_ERROR_STOP=1 -q "$@"; }

psql -h 127.0.0.1 -p "$pg_port" -U postgres -tAc "SELECT 1 FROM pg_database WHERE datname = '$database'" | grep -q 1 \
  || createdb -h 127.0.0.1 -p "$pg_port" -U postgres "$database"

(cd src/Host && ConnectionStrings__Partnership="$connection" ASPNETCORE_URLS="$base" Demo__Seed=true Demo__Password="$password" Demo__ReportingToken="$reporting_token" \
  Scheduler__Enabled=false Logging__LogLevel__Default=Warning exec dotnet "../../$host" >/dev/null 2>&1) &
host_pid=$!
trap 'kill $host_pid 2>/dev/null; wait $host_pid 2>/dev/null || true' EXIT
until curl -sf "$base/health/ready" >/dev/null 2>&1; do sleep 0.2; done

# The cookie header of a signed-in session for the demo account $1.
sign_in() {
  local jar token cookie
  jar=$(mktemp)
  token=$(curl -s -c "$jar" "$base/account/login" | sed -nE 's/.*name="__RequestVerificationToken" type="hidden" value="([^"]+)".*/\1/p' | head -1)
  curl -s -b "$jar" -c "$jar" -o /dev/null --data-urlencode "Email=$1" --data-urlencode "Password=$password" \
    --data-urlencode "__RequestVerificationToken=$token" "$base/account/login"
  cookie=$(awk '!/^#/ && NF >= 7 { printf "%s=%s; ", $6, $7 } /^#HttpOnly_/ { sub("#HttpOnly_", "", $1); printf "%s=%s; ", $6, $7 }' "$jar")
  rm -f "$jar"
  [ "$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $cookie" "$base/")" = 200 ] || { echo "sign-in as $1 failed" >&2; exit 1; }
  printf 'Cookie: %s' "$cookie"
}

# wrk's p50, p95 and p99 for each address (a path on the host, or a whole URL), each request sent with the header $1, then
# the floor: /health/live. The addresses are first loaded
# in turn for $warmup seconds (default 90): on two busy cores the runtime is still recompiling hot methods
# (tiered compilation) a minute after start, and a shorter warm-up measures the compiler, not the code.
load() {
  local header=$1 target deadline
  shift
  command -v wrk >/dev/null || { echo "wrk is needed: apt-get install wrk" >&2; exit 1; }
  run() {
    local url=$1
    [[ $url == http* ]] || url=$base$url
    wrk -t2 -c16 -d"$2s" -s bench/p95.lua -H "$header" "$url" | tail -1
  }
  deadline=$((SECONDS + ${warmup:-90}))
  while [ $SECONDS -lt $deadline ]; do
    for target in "$@"; do run "$target" 10 >/dev/null; done
  done
  for target in "$@"; do
    echo "$target  $(run "$target" "$seconds")"
  done
  echo "floor /health/live  $(run /health/live "$seconds")"
}
