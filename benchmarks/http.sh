#!/usr/bin/env bash
# The pages people use most, measured over HTTP as a new user would meet them: a Release build published ahead of time on the embedded default, the app
# pinned to one core and wrk on the other, 32 connections for 10 seconds after a 3-second warm-up, each page beside the app's own
# /health/live in the same run; first with the demo data, then with the scale data (seed-scale: 10,000 briefs, 1,000 firms, 50,000
# routed items). Prints requests per second, p50, p99 and the ratio, the start to ready from existing data and the resident memory.
#   benchmarks/http.sh            (as root on Debian or Ubuntu: installs wrk when missing)
#   BRIEFS=100000 benchmarks/http.sh    (another size)
# Figures and the machine they were taken on go to docs/performance.md.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v wrk >/dev/null; then
  echo "== Installing wrk"
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get install -y -qq wrk >/dev/null || { $sudo apt-get update -qq && $sudo apt-get install -y -qq wrk >/dev/null; }
fi

echo "== Publishing (Release, compiled ahead of time as docker/Dockerfile does)"
rid="linux-x64"; [ "$(uname -m)" = "aarch64" ] && rid="linux-arm64"

work="$(mktemp -d)"
port="${PORT:-5199}"
base="http://127.0.0.1:$port"
app_pid=""
stop_app() { [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null; wait 2>/dev/null || true; app_pid=""; }
cleanup() { stop_app; rm -rf "$work"; }
trap cleanup EXIT
dotnet publish src/InterimExchange.Web -c Release -r "$rid" --self-contained false -p:PublishReadyToRun=true -o "$work/app" -nologo -v:q >/dev/null
app="$work/app/InterimExchange.Web.dll"
export ASPNETCORE_ENVIRONMENT=Development Logging__LogLevel__Default=Warning \
  RateLimits__PerAddress__PermitLimit=1000000 RateLimits__PerEmail__PermitLimit=1000000

# Starts the app on core 0 over the data folder $1; ready_ms is how long it took until /health/live answered.
ready_ms=0
start_app() {
  local started
  started="$(date +%s%N)"
  Database__DataDirectory="$1/data" Email__PickupDirectory="$1/mail" \
    taskset -c 0 dotnet "$app" --urls "$base" --contentRoot "$work/app" >"$1/app.log" 2>&1 &
  app_pid=$!
  for _ in $(seq 1 1200); do
    curl -fs "$base/health/live" >/dev/null 2>&1 && break
    sleep 0.05
  done
  curl -fs "$base/health/live" >/dev/null || { echo "The app did not start:" >&2; cat "$1/app.log" >&2; exit 1; }
  ready_ms=$((($(date +%s%N) - started) / 1000000))
}

# Waits (at most five minutes) until the app is idle: under 5 % of its core for three seconds in a row. After a start the hourly
# work (reminders, at scale thousands of them) and the messages it sends run first; the pages are measured after them.
settle() {
  local before after calm=0
  for _ in $(seq 1 300); do
    before="$(awk '{ print $14 + $15 }' "/proc/$app_pid/stat")"; sleep 1; after="$(awk '{ print $14 + $15 }' "/proc/$app_pid/stat")"
    if [ $((after - before)) -lt 5 ]; then calm=$((calm + 1)); else calm=0; fi
    [ "$calm" -ge 3 ] && return
  done
}

# Signs in through the sign-in form and prints the cookie header wrk sends.
sign_in() {
  local jar="$work/$1.jar" token
  rm -f "$jar"
  token="$(curl -fs -c "$jar" "$base/account/sign-in" | sed -n 's/.*name="__RequestVerificationToken" type="hidden" value="\([^"]*\)".*/\1/p' | head -1)"
  curl -fs -b "$jar" -c "$jar" -o /dev/null \
    --data-urlencode "Input.Email=$1" --data-urlencode "Input.Password=Interim2026!" --data-urlencode "__RequestVerificationToken=$token" \
    "$base/account/sign-in"
  awk '{ sub(/^#HttpOnly_/, "") } !/^#/ && NF >= 7 { printf "%s%s=%s", (n++ ? "; " : ""), $6, $7 }' "$jar"
}

# One measurement: warm-up, then 10 s at 32 connections on the other core. Prints "req/s p50 p99".
measure() {
  local path="$1" cookie="$2" out
  taskset -c 1 wrk -t1 -c32 -d3s -H "Cookie: $cookie" "$base$path" >/dev/null
  out="$(taskset -c 1 wrk -t1 -c32 -d10s --latency -H "Cookie: $cookie" "$base$path")"
  if echo "$out" | grep -q "Non-2xx"; then
    echo "$path answered other than 2xx:" >&2; echo "$out" >&2; exit 1
  fi
  echo "$(echo "$out" | awk '/Requests\/sec/ { print $2 }') $(echo "$out" | awk '$1 == "50%" { print $2 }') $(echo "$out" | awk '$1 == "99%" { print $2 }')"
}

# The pages over one data folder: the demo data alone, or with the scale data written first by seed-scale.
suite() {
  local label="$1" folder="$work/$2" rpo firm brief name rest path cookie health_rps health_p50 health_p99 rps p50 p99 ratio
  shift 2
  mkdir -p "$folder"
  if [ "$#" -gt 0 ]; then
    echo "== Writing the scale data: seed-scale $*"
    Database__DataDirectory="$folder/data" Email__PickupDirectory="$folder/mail" dotnet "$app" seed-scale "$@" | grep -v "^warn\|^ \{6\}"
  fi

  # The first start writes the demo data (or has the scale data already); the start measured is the second, from existing data.
  start_app "$folder"
  settle
  stop_app
  start_app "$folder"
  settle
  rpo="$(sign_in amelia.hart@northbridge.example)"
  firm="$(sign_in maria.santos@meridianquality.example)"
  brief="b1000000-0000-0000-0000-000000000001"

  echo "== Measuring ($label)"
  read -r health_rps health_p50 health_p99 <<<"$(measure /health/live "")"
  printf '%-28s %10s %10s %10s %8s\n' page "req/s" p50 p99 ratio
  printf '%-28s %10s %10s %10s %8s\n' "/health/live" "$health_rps" "$health_p50" "$health_p99" "100 %"
  for entry in \
    "RPO home|/rpo|$rpo" "briefs list, page 2|/rpo?p=2|$rpo" "a brief|/rpo/briefs/$brief|$rpo" "routing page|/rpo/briefs/$brief/routing|$rpo" \
    "evaluation page|/rpo/briefs/$brief/evaluation|$rpo" "insights|/rpo/insights|$rpo" "notifications|/notifications|$rpo" \
    "firm inbox|/firm|$firm" "a routed brief|/firm/briefs/$brief|$firm" "firm's track record|/firm/record|$firm"; do
    name="${entry%%|*}"; rest="${entry#*|}"; path="${rest%%|*}"; cookie="${rest#*|}"
    read -r rps p50 p99 <<<"$(measure "$path" "$cookie")"
    ratio="$(awk -v a="$rps" -v b="$health_rps" 'BEGIN { printf "%.1f %%", 100 * a / b }')"
    printf '%-28s %10s %10s %10s %8s\n' "$name" "$rps" "$p50" "$p99" "$ratio"
  done
  echo "Start to ready from existing data: $ready_ms ms; resident memory after the pages: $(awk '/VmRSS/ { printf "%d MB", $2 / 1024 }' "/proc/$app_pid/status")"
  stop_app
}

suite "demo data" demo
suite "scale data" scale --briefs "${BRIEFS:-10000}" --firms "${FIRMS:-1000}" --routed "${ROUTED:-50000}"
echo "Machine: $(nproc) cores, $(uname -sr), $(dotnet --version) SDK; app on core 0, wrk on core 1."
