#!/usr/bin/env bash
# The pages people use most, measured over HTTP as a new user would meet them: a Release build on the embedded default with
# the demo data, the app pinned to one core and wrk on the other, 32 connections for 10 seconds after a 3-second warm-up,
# each page beside the app's own /health/live in the same run. Prints requests per second, p50, p99 and the ratio.
#   benchmarks/http.sh            (as root on Debian or Ubuntu: installs wrk when missing)
# Figures and the machine they were taken on go to docs/performance.md.
set -euo pipefail
cd "$(dirname "$0")/.."
root="$(pwd)"

if ! command -v wrk >/dev/null; then
  echo "== Installing wrk"
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get install -y -qq wrk >/dev/null || { $sudo apt-get update -qq && $sudo apt-get install -y -qq wrk >/dev/null; }
fi

echo "== Building (Release)"
dotnet build src/InterimExchange.Web -c Release -nologo -v:q >/dev/null

work="$(mktemp -d)"
port="${PORT:-5199}"
base="http://127.0.0.1:$port"
app_pid=""
cleanup() { [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null; wait 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT

echo "== Starting the app on one core (demo data, fresh folder)"
ASPNETCORE_ENVIRONMENT=Development \
Database__DataDirectory="$work/data" Email__PickupDirectory="$work/mail" \
RateLimits__PerAddress__PermitLimit=1000000 RateLimits__PerEmail__PermitLimit=1000000 \
Logging__LogLevel__Default=Warning \
  taskset -c 0 dotnet "src/InterimExchange.Web/bin/Release/net10.0/InterimExchange.Web.dll" --urls "$base" --contentRoot "$root/src/InterimExchange.Web" \
  >"$work/app.log" 2>&1 &
app_pid=$!
for _ in $(seq 1 120); do
  curl -fs "$base/health/live" >/dev/null 2>&1 && break
  sleep 0.5
done
curl -fs "$base/health/live" >/dev/null || { echo "The app did not start:"; cat "$work/app.log"; exit 1; }

# Signs in through the sign-in form and prints the cookie header wrk sends.
sign_in() {
  local jar="$work/$1.jar" token
  token="$(curl -fs -c "$jar" "$base/account/sign-in" | sed -n 's/.*name="__RequestVerificationToken" type="hidden" value="\([^"]*\)".*/\1/p' | head -1)"
  curl -fs -b "$jar" -c "$jar" -o /dev/null \
    --data-urlencode "Input.Email=$1" --data-urlencode "Input.Password=Interim2026!" --data-urlencode "__RequestVerificationToken=$token" \
    "$base/account/sign-in"
  awk '{ sub(/^#HttpOnly_/, "") } !/^#/ && NF >= 7 { printf "%s%s=%s", (n++ ? "; " : ""), $6, $7 }' "$jar"
}

rpo="$(sign_in amelia.hart@northbridge.example)"
firm="$(sign_in maria.santos@meridianquality.example)"
brief="b1000000-0000-0000-0000-000000000001"

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

echo "== Measuring (demo data)"
read -r health_rps health_p50 health_p99 <<<"$(measure /health/live "")"
printf '%-28s %10s %10s %10s %8s\n' page "req/s" p50 p99 ratio
printf '%-28s %10s %10s %10s %8s\n' "/health/live" "$health_rps" "$health_p50" "$health_p99" "100 %"
for entry in \
  "RPO home|/rpo|$rpo" "briefs list, page 2|/rpo?p=2|$rpo" "a brief|/rpo/briefs/$brief|$rpo" "routing page|/rpo/briefs/$brief/routing|$rpo" \
  "evaluation page|/rpo/briefs/$brief/evaluation|$rpo" "insights|/rpo/insights|$rpo" "notifications|/notifications|$rpo" \
  "firm inbox|/firm|$firm" "a routed brief|/firm/briefs/$brief|$firm" "firm's track record|/firm/record|$firm"; do
  label="${entry%%|*}"; rest="${entry#*|}"; path="${rest%%|*}"; cookie="${rest#*|}"
  read -r rps p50 p99 <<<"$(measure "$path" "$cookie")"
  ratio="$(awk -v a="$rps" -v b="$health_rps" 'BEGIN { printf "%.1f %%", 100 * a / b }')"
  printf '%-28s %10s %10s %10s %8s\n' "$label" "$rps" "$p50" "$p99" "$ratio"
done
echo "Machine: $(nproc) cores, $(uname -sr), $(dotnet --version) SDK; app on core 0, wrk on core 1."
