#!/usr/bin/env bash
# Load figures: unpacks the built distribution into a temporary folder, starts it with the Marelan demo
# data, then 60 s of mixed reads and writes at concurrency 50 over loopback (scripts/load/LoadClient.java:
# participant and session pages, single participants, programmes, enrollments; new participants and their
# enrollments), and prints requests per second, p50/p99 latency and the error count (must be 0).
# Usage: scripts/load.sh [tarball]
#   LOAD_SECONDS (60), LOAD_CONCURRENCY (50), LOAD_PORT (HTTP, 8241), LOAD_SSH_PORT (8142),
#   LOAD_RMI_REGISTRY_PORT (1141), LOAD_RMI_SERVER_PORT (44441)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
version=$(awk -F'[<>]' '/<version>/ {print $3; exit}' pom.xml)
tarball=$(readlink -f "${1:-distribution/target/pembina-distribution-$version.tar.gz}")
seconds=${LOAD_SECONDS:-60}
concurrency=${LOAD_CONCURRENCY:-50}
port=${LOAD_PORT:-8241}
ssh_port=${LOAD_SSH_PORT:-8142}
rmi_registry=${LOAD_RMI_REGISTRY_PORT:-1141}
rmi_server=${LOAD_RMI_SERVER_PORT:-44441}
work=$(mktemp -d)
tar xzf "$tarball" -C "$work"
home=$(echo "$work"/pembina-distribution-*)

cleanup() {
  [ -x "$home/bin/stop" ] && "$home/bin/stop" >/dev/null 2>&1 || true
  for _ in $(seq 1 300); do pgrep -f "karaf.base=$home" >/dev/null || break; sleep 0.1; done
  pid=$(pgrep -f "karaf.base=$home" || true)
  [ -n "$pid" ] && kill -9 $pid 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

sed -i "s/^org.osgi.service.http.port *=.*/org.osgi.service.http.port = $port/" "$home/etc/org.ops4j.pax.web.cfg"
# Over plain HTTP on loopback, as the benchmarks (HTTPS is the default: docs/operations.md, "HTTPS"); its own
# HTTPS port so that it never meets another server on 8443.
sed -i "s/^org.osgi.service.http.enabled *=.*/org.osgi.service.http.enabled = true/; s/^org.osgi.service.http.port.secure *=.*/org.osgi.service.http.port.secure = $((port + 200))/" "$home/etc/org.ops4j.pax.web.cfg"
sed -i "s/^sshPort *=.*/sshPort = $ssh_port/" "$home/etc/org.apache.karaf.shell.cfg"
sed -i "s/^rmiRegistryPort *=.*/rmiRegistryPort = $rmi_registry/; s/^rmiServerPort *=.*/rmiServerPort = $rmi_server/" "$home/etc/org.apache.karaf.management.cfg"
echo "enabled = true" > "$home/etc/id.pembina.demo.cfg"
pw='Load-Test-Rahasia-1'
api="http://127.0.0.1:$port/api/v1/"
PEMBINA_ADMIN_PASSWORD="$pw" "$home/bin/start"
# Ready when the demo data is in: 300 participants (the demo loads them after the bundles start).
total=0
for _ in $(seq 1 1800); do
  total=$(curl -s -u "admin:$pw" "${api}participants?limit=1" | sed -n 's/.*"total":\([0-9]*\).*/\1/p' || true)
  [ "${total:-0}" -ge 300 ] && break
  sleep 0.1
done
[ "${total:-0}" -ge 300 ] || { echo "demo data not loaded after 180 s; log:"; tail -50 "$home/data/log/karaf.log"; exit 1; }
# ... and its year of evaluation answers (stored after the participants).
for _ in $(seq 1 1800); do
  grep -q 'Demo evaluation data stored' "$home/data/log/karaf.log" 2>/dev/null && break
  sleep 0.1
done
echo "Pembina $(basename "$home") ready with $total participants; $seconds s at concurrency $concurrency"
echo "machine: $(nproc) cores, load average before the run: $(cut -d' ' -f1-3 /proc/loadavg)"
java "$root/scripts/load/LoadClient.java" "$api" admin "$pw" "$seconds" "$concurrency"
