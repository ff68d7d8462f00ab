#!/usr/bin/env bash
# Boots the built distribution N times (default 20) and reports each boot: ready (admin health UP and the
# login page served) or stalled. A stalled boot's thread dump and log are kept in the work directory.
# Usage: scripts/boot-loop.sh [N] [first port (default 8640; uses it to +4)]
# Build first: mvn -B install -DskipTests
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-20}
port=${2:-8640}
version=$(awk -F'[<>]' '/<version>/ {print $3; exit}' pom.xml)
tarball="$PWD/distribution/target/pembina-distribution-$version.tar.gz"
[ -f "$tarball" ] || { echo "build the distribution first: mvn -B install -DskipTests"; exit 1; }
work=$(mktemp -d /tmp/pembina-boot-loop.XXXX)
pw='Boot-Loop-Rahasia-1'
ready() {
  curl -sk --max-time 5 -u "admin:$pw" "https://127.0.0.1:$port/api/v1/health" | grep -q '"status":"UP"' \
    && [ "$(curl -sk --max-time 5 -o /dev/null -w '%{http_code}' "https://127.0.0.1:$port/pembina/login")" = 200 ]
}
stalled=0
for i in $(seq 1 "$n"); do
  rm -rf "$work/run"; mkdir "$work/run"; tar xzf "$tarball" -C "$work/run"
  home="$work/run/pembina-distribution-$version"
  sed -i "s/^org.osgi.service.http.port.secure *=.*/org.osgi.service.http.port.secure = $port/; s/^org.osgi.service.http.port *=.*/org.osgi.service.http.port = $((port + 4))/" "$home/etc/org.ops4j.pax.web.cfg"
  sed -i "s/^sshPort *=.*/sshPort = $((port + 1))/" "$home/etc/org.apache.karaf.shell.cfg"
  sed -i "s/^rmiRegistryPort *=.*/rmiRegistryPort = $((port + 2))/; s/^rmiServerPort *=.*/rmiServerPort = $((port + 3))/" "$home/etc/org.apache.karaf.management.cfg"
  t0=$(date +%s)
  PEMBINA_ADMIN_PASSWORD="$pw" "$home/bin/start" >/dev/null 2>&1
  ok=no
  for _ in $(seq 1 150); do
    if ready; then ok=yes; break; fi
    sleep 1
  done
  pid=$(pgrep -o -f "karaf.base=$home" || true)
  if [ "$ok" = no ]; then
    stalled=$((stalled + 1))
    [ -n "$pid" ] && jstack "$pid" >"$work/dump-$i.txt" 2>&1 || true
    cp "$home/data/log/karaf.log" "$work/karaf-$i.log" || true
  fi
  echo "boot $i: $([ "$ok" = yes ] && echo ready || echo STALLED) after $(( $(date +%s) - t0 )) s (load $(cut -d' ' -f1 /proc/loadavg))"
  "$home/bin/stop" >/dev/null 2>&1 || true
  for _ in $(seq 1 60); do [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null || break; sleep 1; done
  [ -n "$pid" ] && kill -9 "$pid" 2>/dev/null || true
done
echo "$n boots, $stalled stalled; dumps and logs of stalled boots in $work"
[ "$stalled" = 0 ]
