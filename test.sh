#!/usr/bin/env bash
# Runs every test of InterimExchange and ends with the line "N passed, N failed, N skipped".
# On a fresh Debian machine, as root, it first installs and starts what the tests need:
# RabbitMQ (on 127.0.0.1:5672), Chromium (/usr/bin/chromium), the SMTP sink (python3-aiosmtpd),
# the time-zone database (tzdata), a compose validator (docker-compose) for docker/ and a DNS server (dnsmasq-base) that tests
# start with the TXT records that prove an organisation's email domain.
# Those services are then required: a test that cannot reach one fails instead of skipping.
set -uo pipefail
cd "$(dirname "$0")"

export INTERIMEXCHANGE_REQUIRE_SERVICES=true
# Screenshots of failed browser journeys land in artifacts/screenshots.
export INTERIMEXCHANGE_ARTIFACTS="$PWD/artifacts"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

log() { printf '\n== %s\n' "$*"; }

missing=()
command -v rabbitmq-server >/dev/null 2>&1 || missing+=(rabbitmq-server)
[ -x /usr/bin/chromium ] || missing+=(chromium fonts-liberation)
/usr/bin/python3 -c 'import aiosmtpd' >/dev/null 2>&1 || missing+=(python3-aiosmtpd)
# Conversations are proposed and read in each person's IANA time zone.
[ -e /usr/share/zoneinfo/Europe/Amsterdam ] || missing+=(tzdata)
# The single sign-on tests serve the proof of an email domain from their own dnsmasq on loopback.
[ -x /usr/sbin/dnsmasq ] || missing+=(dnsmasq-base)
# Validates docker/docker-compose.yml where Docker's own compose plugin is not installed.
{ docker compose version || command -v docker-compose; } >/dev/null 2>&1 || missing+=(docker-compose)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then
    log "Installing ${missing[*]}"
    apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
  else
    echo "Missing ${missing[*]}: run this script as root, or install them with apt-get." >&2
  fi
fi

rabbit_up() { (echo > /dev/tcp/127.0.0.1/5672) >/dev/null 2>&1; }
if ! rabbit_up && command -v rabbitmq-server >/dev/null 2>&1; then
  log "Starting RabbitMQ on loopback"
  conf=/etc/rabbitmq/rabbitmq-env.conf
  if ! grep -q '^NODE_IP_ADDRESS=127.0.0.1' "$conf" 2>/dev/null; then
    {
      echo 'NODE_IP_ADDRESS=127.0.0.1'
      echo 'export ERL_EPMD_ADDRESS=127.0.0.1'
      echo 'SERVER_ADDITIONAL_ERL_ARGS="-kernel inet_dist_use_interface {127,0,0,1}"'
    } >> "$conf"
  fi
  rabbitmq-server -detached
  for _ in $(seq 1 60); do rabbit_up && break; sleep 1; done
  rabbit_up || echo "RabbitMQ did not open port 5672; see /var/log/rabbitmq/." >&2
fi

log "Building"
if ! dotnet build InterimExchange.sln -warnaserror -nologo -v:minimal; then
  echo "The build failed."
  echo "0 passed, 1 failed, 0 skipped"
  exit 1
fi

log "Testing"
# One test assembly at a time, the browser journeys last; within an assembly xunit runs as many test classes at once as there
# are cores. Each class starts whole apps, so that is what two cores carry: run side by side, assemblies competed for the cores
# and a page or a browser click now and then waited past its timeout.
results="$PWD/artifacts/test-results"
rm -rf "$results" && : > test.log
status=0
for project in $(ls tests/*/*Tests.csproj | grep -v EndToEnd) tests/InterimExchange.EndToEnd.Tests/InterimExchange.EndToEnd.Tests.csproj; do
  name=$(basename "$project" .csproj)
  log "$name" | tee -a test.log
  dotnet test "$project" --no-build -nologo --logger "trx;LogFileName=$name.trx" --results-directory "$results" 2>&1 | tee -a test.log
  [ "${PIPESTATUS[0]}" -eq 0 ] || status=1
done

# Whatever failed, in full: each failure's whole message and stack trace (a cleanup failure's inner exception included),
# what it wrote, and errors of the run itself.
if ! python3 tests/failures.py "$results"/*.trx > failures.log; then
  status=1
  log "Failures"
  cat failures.log
fi

summary=$(awk '/^(Passed|Failed)! +- Failed:/{gsub(",","");f+=$4;p+=$6;s+=$8}END{printf "%d passed, %d failed, %d skipped\n",p,f,s}' test.log)
failed=$(echo "$summary" | awk '{print $3}')
if [ "$status" -ne 0 ] && [ "$failed" = 0 ]; then
  # dotnet test failed without a failing test: an assembly did not run. Count it as a failure.
  summary=$(echo "$summary" | awk '{printf "%s passed, 1 failed, %s skipped\n",$1,$5}')
fi
echo "$summary"
[ "$status" -eq 0 ]
