#!/usr/bin/env bash
# Hot-deployment latency of a training module in the running distribution, 10 runs each:
#   deploy/  : copying the module jar into deploy/ until its programme is in GET /api/v1/programs
#   feature  : "feature:install -r pembina-module-<id>" (over ssh) until its programme is listed
# Prints median and maximum. Needs a build (mvn install) and OpenSSH's ssh and ssh-keygen.
# Usage: scripts/bench-hot-deploy.sh [runs]     (ports: $BENCH_PORT, default 19181, and the next three)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-10}
version=$(awk -F'[<>]' '/<version>/ {print $3; exit}' pom.xml)
tarball=distribution/target/pembina-distribution-$version.tar.gz
jar=$(ls bundles/modules/template/target/pembina-module-template-"$version".jar)
port=${BENCH_PORT:-19181}
ssh_port=$((port + 1))
work=$(mktemp -d)
home="$work/pembina-distribution-$version"
cleanup() {
  [ -x "$home/bin/stop" ] && "$home/bin/stop" >/dev/null 2>&1 || true
  for _ in $(seq 1 100); do pgrep -f "karaf.base=$home" >/dev/null || break; sleep 0.1; done
  pkill -9 -f "karaf.base=$home" 2>/dev/null || true
  sleep 0.5
  rm -rf "$work" 2>/dev/null || rm -rf "$work" 2>/dev/null || true
}
trap cleanup EXIT

tar xzf "$tarball" -C "$work"
sed -i "s/^org.osgi.service.http.port *=.*/org.osgi.service.http.port = $port/" "$home/etc/org.ops4j.pax.web.cfg"
# Measured over plain HTTP on loopback, as before HTTPS became the default (docs/operations.md, "HTTPS").
sed -i "s/^org.osgi.service.http.enabled *=.*/org.osgi.service.http.enabled = true/" "$home/etc/org.ops4j.pax.web.cfg"
sed -i "s/^sshPort *=.*/sshPort = $ssh_port/" "$home/etc/org.apache.karaf.shell.cfg"
sed -i "s/^rmiRegistryPort *=.*/rmiRegistryPort = $((port + 2))/; s/^rmiServerPort *=.*/rmiServerPort = $((port + 3))/" "$home/etc/org.apache.karaf.management.cfg"
# Console access for the benchmark: a throw-away key for user admin.
ssh-keygen -q -t rsa -b 2048 -N '' -f "$work/key"
printf 'admin=%s,_g_:admingroup\n_g_\\:admingroup = group,admin,manager,viewer,systembundles,ssh\n' \
  "$(cut -d' ' -f2 "$work/key.pub")" > "$home/etc/keys.properties"
console() { ssh -q -i "$work/key" -o StrictHostKeyChecking=no -o UserKnownHostsFile=/dev/null -o BatchMode=yes \
  -p "$ssh_port" admin@localhost "$@"; }

api="http://localhost:$port/api/v1"
pw='Bench-Rahasia-1'
PEMBINA_ADMIN_PASSWORD="$pw" "$home/bin/start"
for _ in $(seq 1 600); do [ "$(curl -s -o /dev/null -w '%{http_code}' "$api/health" || true)" = 200 ] && break; sleep 0.1; done
for _ in $(seq 1 300); do console 'bundle:list' >/dev/null 2>&1 && break; sleep 0.2; done

now() { date +%s.%N; }
listed() { curl -s -u "admin:$pw" "$api/programs" | grep -q "\"code\":\"$1\""; }
wait_for() { # code present|absent
  for _ in $(seq 1 3000); do
    if [ "$2" = present ]; then listed "$1" && return 0; else listed "$1" || return 0; fi
    sleep 0.01
  done
  echo "timed out waiting for $1 $2" >&2; exit 1
}
stats() { sort -n | awk '{a[NR]=$1} END {m=(NR%2)?a[(NR+1)/2]:(a[NR/2]+a[NR/2+1])/2; printf "median %.3f s, max %.3f s (n=%d)\n", m, a[NR], NR}'; }

deploy_times=()
for i in $(seq 1 "$runs"); do
  t0=$(now); cp "$jar" "$home/deploy/pembina-module-template.jar"; wait_for CONTOH-01 present; t1=$(now)
  deploy_times+=("$(echo "$t1 - $t0" | bc)")
  rm "$home/deploy/pembina-module-template.jar"; wait_for CONTOH-01 absent
done

feature=pembina-module-etika-integritas
console "feature:uninstall -r $feature" >/dev/null; wait_for ETIKA-ASN absent
feature_times=()
for i in $(seq 1 "$runs"); do
  t0=$(now); console "feature:install -r $feature" >/dev/null; wait_for ETIKA-ASN present; t1=$(now)
  feature_times+=("$(echo "$t1 - $t0" | bc)")
  console "feature:uninstall -r $feature" >/dev/null; wait_for ETIKA-ASN absent
done
console "feature:install -r $feature" >/dev/null

echo "copy into deploy/ -> programme in GET /programs:     $(printf '%s\n' "${deploy_times[@]}" | stats)"
echo "feature:install -r (ssh) -> programme in GET /programs: $(printf '%s\n' "${feature_times[@]}" | stats)"
echo "runs (deploy/):  ${deploy_times[*]}"
echo "runs (feature):  ${feature_times[*]}"
