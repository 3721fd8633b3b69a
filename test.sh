#!/usr/bin/env bash
# Runs every test of InterimExchange and ends with the line "N passed, N failed, N skipped".
# On a fresh Debian machine, as root, it first installs and starts what the tests need:
# RabbitMQ (on 127.0.0.1:5672), Chromium (/usr/bin/chromium), the SMTP sink (python3-aiosmtpd),
# the time-zone database (tzdata) and a compose validator (docker-compose) for docker/.
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
# The browser journeys run on their own once the rest have finished: sharing two cores with the other test assemblies, a
# journey's page now and then waited past the browser's timeout.
dotnet test InterimExchange.sln --no-build -nologo --filter "FullyQualifiedName!~InterimExchange.EndToEnd.Tests" 2>&1 | tee test.log
status=${PIPESTATUS[0]}
log "Testing the browser journeys"
dotnet test tests/InterimExchange.EndToEnd.Tests --no-build -nologo 2>&1 | tee -a test.log
[ "${PIPESTATUS[0]}" -eq 0 ] || status=1

summary=$(awk '/^(Passed|Failed)! +- Failed:/{gsub(",","");f+=$4;p+=$6;s+=$8}END{printf "%d passed, %d failed, %d skipped\n",p,f,s}' test.log)
failed=$(echo "$summary" | awk '{print $3}')
if [ "$status" -ne 0 ] && [ "$failed" = 0 ]; then
  # dotnet test failed without a failing test: an assembly did not run. Count it as a failure.
  summary=$(echo "$summary" | awk '{printf "%s passed, 1 failed, %s skipped\n",$1,$5}')
fi
echo "$summary"
[ "$status" -eq 0 ]
