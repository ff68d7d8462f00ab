#!/usr/bin/env bash
# Unpacks the built distribution into a temporary folder, starts it with bin/start and
# PEMBINA_ADMIN_PASSWORD (as an operator would), checks the REST calls of the registry over real
# HTTPS (trusting the certificate the server made on its first start), the edge's protections
# (plain HTTP off, security headers, owner-only files, problem+json from Jetty), prints boot-to-ready
# time and the idle memory of the Karaf process, and stops it.
# Usage: scripts/smoke-distribution.sh [tarball]   (HTTPS port: $SMOKE_PORT, default 18443)
set -euo pipefail
cd "$(dirname "$0")/.."
version=$(awk -F'[<>]' '/<version>/ {print $3; exit}' pom.xml)
tarball=${1:-distribution/target/pembina-distribution-$version.tar.gz}
port=${SMOKE_PORT:-18443}
work=$(mktemp -d)
home="$work/pembina-distribution-$version"
pass=0; fail=0

cleanup() {
  [ -x "$home/bin/stop" ] && "$home/bin/stop" >/dev/null 2>&1 || true
  for _ in $(seq 1 100); do pgrep -f "karaf.base=$home" >/dev/null || break; sleep 0.1; done
  pkill -9 -f "karaf.base=$home" 2>/dev/null || true
  sleep 0.5
  rm -rf "$work" 2>/dev/null || rm -rf "$work" 2>/dev/null || true
}
trap cleanup EXIT

tar xzf "$tarball" -C "$work"
sed -i "s/^org.osgi.service.http.port.secure *=.*/org.osgi.service.http.port.secure = $port/; s/^org.osgi.service.http.port *=.*/org.osgi.service.http.port = $((port + 4))/" "$home/etc/org.ops4j.pax.web.cfg"
sed -i "s/^sshPort *=.*/sshPort = $((port + 1))/" "$home/etc/org.apache.karaf.shell.cfg"
sed -i "s/^rmiRegistryPort *=.*/rmiRegistryPort = $((port + 2))/; s/^rmiServerPort *=.*/rmiServerPort = $((port + 3))/" "$home/etc/org.apache.karaf.management.cfg"

api="https://localhost:$port/api/v1"
pw='Smoke-Test-Rahasia-1'
start=$(date +%s.%N)
PEMBINA_ADMIN_PASSWORD="$pw" "$home/bin/start"
# curl trusts the server's own certificate, exported from the keystore made on the first start
# (so the certificate's name, localhost, is checked too).
for _ in $(seq 1 600); do [ -s "$home/etc/pembina-tls-password" ] && [ -s "$home/etc/pembina-tls.p12" ] && break; sleep 0.1; done
keytool -exportcert -rfc -alias pembina -keystore "$home/etc/pembina-tls.p12" -storetype PKCS12 \
  -storepass "$(cat "$home/etc/pembina-tls-password")" > "$work/server.pem" 2>/dev/null
curl() { command curl --cacert "$work/server.pem" "$@"; }
code=000
for _ in $(seq 1 600); do
  code=$(curl -s -o /dev/null -w '%{http_code}' "$api/health" || true)
  [ "$code" = 200 ] && break
  sleep 0.1
done
ready=$(echo "$(date +%s.%N) - $start" | bc)
[ "$code" = 200 ] || { echo "not healthy after 60 s (last HTTP $code); log:"; tail -50 "$home/data/log/karaf.log"; exit 1; }

check() { # name expected-status actual-status body expected-substring
  if [ "$2" = "$3" ] && [[ "$4" == *"$5"* ]]; then pass=$((pass + 1)); echo "ok   $1"
  else fail=$((fail + 1)); echo "FAIL $1: HTTP $3 (want $2) body: $4"; fi
}
call() { # method path [curl args...]
  local m=$1 p=$2; shift 2
  curl -s -o "$work/body" -w '%{http_code}' -X "$m" "$@" "$api/$p" || true
}
j=(-H 'Content-Type: application/json')

s=$(call GET participants); check "401 without login" 401 "$s" "$(cat "$work/body")" '"status":401'
s=$(call GET units -u "admin:wrong"); check "401 with a wrong password" 401 "$s" "$(cat "$work/body")" 'unauthorized'
s=$(call POST units -u "admin:$pw" "${j[@]}" -d '{"code":"SMOKE","name":"Unit Uji"}'); check "POST /units" 201 "$s" "$(cat "$work/body")" '"code":"SMOKE"'
s=$(call GET units -u "admin:$pw"); check "GET /units" 200 "$s" "$(cat "$work/body")" '"name":"Unit Uji"'
body='{"nip":"198609262015051001","name":"Budi Santoso","unitCode":"SMOKE","positionTitle":"Camat","positionType":"ADMINISTRATOR","rank":"III/d","education":"S2"}'
s=$(call POST participants -u "admin:$pw" "${j[@]}" -d "$body"); check "POST /participants" 201 "$s" "$(cat "$work/body")" '"birthDate":"1986-09-26"'
s=$(call POST participants -u "admin:$pw" "${j[@]}" -d "$body"); check "duplicate NIP is 409" 409 "$s" "$(cat "$work/body")" '"status":409'
s=$(call POST participants -u "admin:$pw" "${j[@]}" -d "${body/198609262015051001/198609262015051000}"); check "bad NIP is 400 problem" 400 "$s" "$(cat "$work/body")" '"code":"nip.sequence"'
s=$(call GET participants/198609262015051001 -u "admin:$pw"); check "GET /participants/{nip}" 200 "$s" "$(cat "$work/body")" '"rank":"III/d"'
s=$(call PUT participants/198609262015051001 -u "admin:$pw" "${j[@]}" -d "${body/III\/d/IV\/a}"); check "PUT /participants/{nip}" 200 "$s" "$(cat "$work/body")" '"rank":"IV/a"'
printf 'nip,name,unitCode,positionTitle,positionType,rank,education,supervisorNip\n199203142019032011,"Nurhayati Siregar, S.Kom.",SMOKE,Pranata Komputer,FUNGSIONAL,III/a,S1,198609262015051001\n' > "$work/ok.csv"
s=$(call POST participants/import -u "admin:$pw" -H 'Content-Type: text/csv' --data-binary @"$work/ok.csv"); check "CSV import" 200 "$s" "$(cat "$work/body")" '"imported":1'
printf 'nip,name,unitCode,positionTitle,positionType,rank,education\n199001012015052001,Baik,SMOKE,Staf,PELAKSANA,II/a,SMA\n123,Salah,SMOKE,Staf,PELAKSANA,II/a,SMA\n' > "$work/bad.csv"
s=$(call POST participants/import -u "admin:$pw" -H 'Content-Type: text/csv' --data-binary @"$work/bad.csv"); check "bad CSV refused whole" 400 "$s" "$(cat "$work/body")" '"line":3'
s=$(call GET participants/199001012015052001 -u "admin:$pw"); check "nothing of the bad CSV stored" 404 "$s" "$(cat "$work/body")" 'not-found'
s=$(call DELETE participants/198609262015051001 -u "admin:$pw"); check "DELETE deactivates" 200 "$s" "$(cat "$work/body")" '"active":false'
s=$(call GET participants/198609262015051001/history -u "admin:$pw"); check "history kept" 200 "$s" "$(cat "$work/body")" '"kind":"DEACTIVATED"'
s=$(call GET "participants?unit=SMOKE&includeInactive=true" -u "admin:$pw"); check "GET /participants by unit" 200 "$s" "$(cat "$work/body")" '"total":2'
s=$(call GET openapi.json -u "admin:$pw"); check "GET /openapi.json" 200 "$s" "$(cat "$work/body")" '"openapi"'
s=$(call GET health); check "GET /health without login" 200 "$s" "$(cat "$work/body")" '"status":"UP"'
s=$(call POST participants -u "admin:$pw" -H 'Content-Type: application/json' -d '{"nip": '); check "malformed JSON is 400" 400 "$s" "$(cat "$work/body")" 'bad-request'
s=$(call POST participants -u "admin:$pw" -H 'Content-Type: application/json' -d '{"nip":"1","colour":"red"}'); check "unknown JSON field is 400" 400 "$s" "$(cat "$work/body")" '"field":"colour"'
s=$(call POST participants -u "admin:$pw" -H 'Content-Type: text/plain' -d 'x'); check "wrong media type is 415" 415 "$s" "$(cat "$work/body")" 'unsupported-media-type'
s=$(call PATCH participants/198609262015051001 -u "admin:$pw"); check "unknown method is 405" 405 "$s" "$(cat "$work/body")" 'method-not-allowed'
s=$(call GET "participants?limit=100000" -u "admin:$pw"); check "limit out of range is 400" 400 "$s" "$(cat "$work/body")" '"field":"limit"'
s=$(call GET nothing-here -u "admin:$pw"); check "unknown path is 404 problem" 404 "$s" "$(cat "$work/body")" 'not-found'

# The edge: HTTPS only, headers, cross-site writes, Jetty's own errors, owner-only files, console on loopback.
s=$(command curl -s -o /dev/null -w '%{http_code}' "http://localhost:$((port + 4))/api/v1/health" || true)
check "plain HTTP is off" 000 "$s" "" ""
hdrs=$(curl -s -D - -o /dev/null "$api/health")
check "security headers" 200 200 "$hdrs" 'X-Content-Type-Options: nosniff'
check "HSTS under HTTPS" 200 200 "$hdrs" 'Strict-Transport-Security: max-age='
check "no caching" 200 200 "$hdrs" 'Cache-Control: no-store'
s=$(call GET health); check "anonymous health has no detail" 200 "$s" "$(cat "$work/body")" '{"status":"UP"}'
s=$(call GET health -u "admin:$pw"); check "admin health has the detail" 200 "$s" "$(cat "$work/body")" '"bundles":['
s=$(call POST participants/import -u "admin:$pw" -H 'Content-Type: text/plain' -H 'Origin: https://evil.example' --data-binary @"$work/ok.csv")
check "cross-site text/plain import is 403" 403 "$s" "$(cat "$work/body")" '"status":403'
s=$(command curl -s --cacert "$work/server.pem" --path-as-is -o "$work/body" -w '%{http_code}' "https://localhost:$port/api/v1/units%00" || true)
check "%00 is a problem+json 400" 400 "$s" "$(cat "$work/body")" '"type":"urn:pembina:problem:bad-request"'
s=$(call GET units -u "admin:$pw" -H "X-Big: $(head -c 20000 /dev/zero | tr '\0' a)")
check "huge header is a problem+json 431" 431 "$s" "$(cat "$work/body")" '"status":431'
s=$(command curl -s --cacert "$work/server.pem" -o "$work/body" -w '%{http_code}' "https://localhost:$port/nowhere" || true)
check "unknown path outside the API is a problem+json 404" 404 "$s" "$(cat "$work/body")" '"status":404'
perms=$(stat -c '%a %n' "$home/data" "$home/data/pembina" "$home/data/log" "$home/etc/users.properties" "$home/etc/pembina-tls.p12" "$home/etc/pembina-tls-password" | tr '\n' ' ')
check "owner-only files" 200 200 "$perms" "700 $home/data 700 $home/data/pembina 700 $home/data/log 600 $home/etc/users.properties 600 $home/etc/pembina-tls.p12 600 $home/etc/pembina-tls-password"
if command -v ss >/dev/null; then
  # every listening socket of the console; an IPv4 address on an IPv6 socket shows as [::ffff:a.b.c.d]
  listen=$(ss -ltnH "sport = :$((port + 1))" | awk '{print $4}' | sed 's/^\[::ffff:\(.*\)\]/\1/' | tr '\n' ' ')
  check "console listens on 127.0.0.1 only" 200 200 "$listen" "127.0.0.1:$((port + 1)) "
  [ "$listen" = "127.0.0.1:$((port + 1)) " ] || { fail=$((fail + 1)); echo "FAIL console also listens on: $listen"; }
fi

sleep 5
pid=$(pgrep -o -f "karaf.base=$home" || true)
rss=$([ -n "$pid" ] && ps -o rss= -p "$pid" | tr -d ' ' || echo 0)

# A crash loses no acknowledged write: kill -9 right after a write, start again, read it back.
s=$(call POST participants -u "admin:$pw" "${j[@]}" -d "${body/198609262015051001/199511202020121004}"); check "write before crash" 201 "$s" "$(cat "$work/body")" '199511202020121004'
pkill -9 -f "karaf.base=$home" || true
for _ in $(seq 1 50); do pgrep -f "karaf.base=$home" >/dev/null || break; sleep 0.1; done
PEMBINA_ADMIN_PASSWORD="$pw" "$home/bin/start"
for _ in $(seq 1 600); do [ "$(curl -s -o /dev/null -w '%{http_code}' "$api/health" || true)" = 200 ] && break; sleep 0.1; done
s=$(call GET participants/199511202020121004 -u "admin:$pw"); check "write survives kill -9" 200 "$s" "$(cat "$work/body")" '"nip":"199511202020121004"'

echo "boot to ready (bin/start until /health answers 200): ${ready} s"
echo "idle resident memory of the Karaf process: $((rss / 1024)) MiB"
echo "smoke: $pass passed, $fail failed"
[ "$fail" = 0 ]
