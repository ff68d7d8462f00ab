#!/usr/bin/env bash
# Makes sure a PostgreSQL server with role/database pembina/pembina_test listens on 127.0.0.1:5432,
# for the registry's persistence tests. Installs Debian's postgresql package when it is missing
# (needs root). Safe to run again. Prints the JDBC URL on its last line.
set -euo pipefail

url='jdbc:postgresql://127.0.0.1:5432/pembina_test?user=pembina&password=pembina'

reachable() { (exec 3<>/dev/tcp/127.0.0.1/5432) 2>/dev/null; }

if ! command -v pg_ctlcluster >/dev/null 2>&1; then
  if [ "$(id -u)" != 0 ]; then
    echo "PostgreSQL is not installed and this is not root: install Debian's postgresql package first" >&2
    exit 1
  fi
  echo "Installing PostgreSQL (Debian package postgresql)..." >&2
  apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2
fi

if ! reachable; then
  ver=$(ls /etc/postgresql | sort -n | tail -1)
  [ -d "/etc/postgresql/$ver/main" ] || pg_createcluster "$ver" main >&2
  pg_ctlcluster "$ver" main start >&2 || true
  for _ in $(seq 1 30); do reachable && break; sleep 1; done
fi
reachable || { echo "PostgreSQL does not listen on 127.0.0.1:5432" >&2; exit 1; }

as_postgres() { if [ "$(id -u)" = 0 ]; then su postgres -c "$1"; else sh -c "$1"; fi; }
as_postgres "psql -tAc \"SELECT 1 FROM pg_roles WHERE rolname='pembina'\"" | grep -q 1 \
  || as_postgres "psql -qc \"CREATE ROLE pembina LOGIN PASSWORD 'pembina'\"" >&2
as_postgres "psql -tAc \"SELECT 1 FROM pg_database WHERE datname='pembina_test'\"" | grep -q 1 \
  || as_postgres "createdb -O pembina pembina_test" >&2
echo "$url"
