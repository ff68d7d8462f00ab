#!/usr/bin/env bash
# Durability under a crash: unpacks the built distribution, starts it, lets clients write participants,
# enrollments, attendance, reaction answers and 25-row CSV imports (scripts/durability/DurabilityClient.java),
# kills the server's JVM with SIGKILL in the middle of it, starts it again and checks that every write that
# was answered 2xx is there exactly once and that no CSV import is half stored. Once on the embedded H2
# database and once on PostgreSQL (a schema of its own in the test database), unless one is named.
# Usage: scripts/durability.sh [h2|postgresql|both] [tarball]
#   DURABILITY_PORT (HTTP, 8241), DURABILITY_SSH_PORT (8142), DURABILITY_RMI_REGISTRY_PORT (1141),
#   DURABILITY_RMI_SERVER_PORT (44441), PEMBINA_TEST_PG_URL (the test database)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
which=${1:-both}
version=$(awk -F'[<>]' '/<version>/ {print $3; exit}' pom.xml)
tarball=$(readlink -f "${2:-distribution/target/pembina-distribution-$version.tar.gz}")
port=${DURABILITY_PORT:-8241}
ssh_port=${DURABILITY_SSH_PORT:-8142}
rmi_registry=${DURABILITY_RMI_REGISTRY_PORT:-1141}
rmi_server=${DURABILITY_RMI_SERVER_PORT:-44441}
pg_url=${PEMBINA_TEST_PG_URL:-jdbc:postgresql://127.0.0.1:5432/pembina_test?user=pembina&password=pembina}
pw='Durability-Rahasia-1'
api="http://127.0.0.1:$port/api/v1/"
work=$(mktemp -d)
home=
schema=

karaf_pid() { pgrep -o -f "karaf.base=$home" || true; }

cleanup() {
  if [ -n "$home" ]; then
    pid=$(karaf_pid); [ -n "$pid" ] && kill -9 "$pid" 2>/dev/null || true
  fi
  if [ -n "$schema" ]; then psql_pg -qc "SET client_min_messages = warning; DROP SCHEMA IF EXISTS $schema CASCADE" >/dev/null 2>&1 || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

# psql against the test database, with the user and password of its JDBC URL
psql_pg() {
  local u=${pg_url#jdbc:postgresql://} hostport db query user pass
  hostport=${u%%/*}; db=${u#*/}; db=${db%%\?*}; query=${u#*\?}
  user=$(echo "$query" | tr '&' '\n' | sed -n 's/^user=//p'); pass=$(echo "$query" | tr '&' '\n' | sed -n 's/^password=//p')
  PGPASSWORD="$pass" psql -h "${hostport%%:*}" -p "${hostport##*:}" -U "$user" -d "$db" "$@"
}

await_health() {
  for _ in $(seq 1 1800); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' "${api}health" || true)" = 200 ] && return 0
    sleep 0.1
  done
  # What a stalled boot was waiting for: the log without the probe's own warnings, and every thread's stack.
  echo "not healthy after 180 s; log (without the health probe's warnings):"
  grep -v "health's Observer" "$home/data/log/karaf.log" | tail -80
  local pid
  pid=$(pgrep -f "karaf.base=$home" | head -1 || true)
  if [ -n "$pid" ]; then echo "threads of the server (pid $pid):"; jstack "$pid" 2>&1 || true; fi
  return 1
}

run() { # database
  local db=$1
  rm -rf "$work/dist" && mkdir -p "$work/dist" && tar xzf "$tarball" -C "$work/dist"
  home=$(echo "$work"/dist/pembina-distribution-*)
  sed -i "s/^org.osgi.service.http.port *=.*/org.osgi.service.http.port = $port/" "$home/etc/org.ops4j.pax.web.cfg"
  # Over plain HTTP on loopback, as the benchmarks (HTTPS is the default: docs/operations.md, "HTTPS"); its own
  # HTTPS port so that it never meets another server on 8443.
  sed -i "s/^org.osgi.service.http.enabled *=.*/org.osgi.service.http.enabled = true/; s/^org.osgi.service.http.port.secure *=.*/org.osgi.service.http.port.secure = $((port + 200))/" "$home/etc/org.ops4j.pax.web.cfg"
  sed -i "s/^sshPort *=.*/sshPort = $ssh_port/" "$home/etc/org.apache.karaf.shell.cfg"
  sed -i "s/^rmiRegistryPort *=.*/rmiRegistryPort = $rmi_registry/; s/^rmiServerPort *=.*/rmiServerPort = $rmi_server/" "$home/etc/org.apache.karaf.management.cfg"
  if [ "$db" = postgresql ]; then
    schema="dur_$(date +%s)_$$"
    psql_pg -qc "CREATE SCHEMA $schema" >/dev/null
    local u=${pg_url#jdbc:postgresql://}
    local query=${u#*\?}
    cat > "$home/etc/org.ops4j.datasource-pembina.cfg" <<CFG
osgi.jdbc.driver.class = org.postgresql.Driver
url = jdbc:postgresql://${u%%\?*}?currentSchema=$schema
user = $(echo "$query" | tr '&' '\n' | sed -n 's/^user=//p')
password = $(echo "$query" | tr '&' '\n' | sed -n 's/^password=//p')
dataSourceName = pembina
pool = hikari
xa = false
hikari.maximumPoolSize = 20
hikari.connectionTimeout = 2000
hikari.validationTimeout = 1000
hikari.initializationFailTimeout = -1
CFG
  fi
  PEMBINA_ADMIN_PASSWORD="$pw" "$home/bin/start"
  await_health
  echo "== $db: clients write for up to 40 s; SIGKILL of the server 10 s after the first acknowledged reaction and CSV import"
  java "$root/scripts/durability/DurabilityClient.java" write "$api" "$pw" 40 "$work/log-$db" &
  client=$!
  # Kill once writes of every kind are flowing: a reaction and an import have been acknowledged.
  for _ in $(seq 1 600); do
    grep -q '^ok reaction' "$work/log-$db" 2>/dev/null && grep -q '^ok import' "$work/log-$db" 2>/dev/null && break
    sleep 0.1
  done
  sleep 10
  pid=$(karaf_pid)
  kill -9 "$pid"
  echo "killed the server (pid $pid) with SIGKILL after $(grep -c '^ok ' "$work/log-$db") acknowledged writes"
  for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  wait "$client"
  PEMBINA_ADMIN_PASSWORD="$pw" "$home/bin/start"
  await_health
  java "$root/scripts/durability/DurabilityClient.java" verify "$api" "$pw" "$work/log-$db"
  "$home/bin/stop" >/dev/null 2>&1 || true
  for _ in $(seq 1 300); do [ -z "$(karaf_pid)" ] && break; sleep 0.1; done
  pid=$(karaf_pid); [ -n "$pid" ] && kill -9 "$pid" || true
  if [ -n "$schema" ]; then psql_pg -qc "SET client_min_messages = warning; DROP SCHEMA IF EXISTS $schema CASCADE" >/dev/null; schema=; fi
}

case "$which" in
  h2) run h2 ;;
  postgresql) run postgresql ;;
  both) run h2; run postgresql ;;
  *) echo "usage: $0 [h2|postgresql|both] [tarball]" >&2; exit 2 ;;
esac
