#!/usr/bin/env bash
# City-scale benchmark (issue 7): generates a city in the built distribution, once on embedded H2 and once on
# PostgreSQL, and prints their figures side by side. A benchmark that prints figures, not a test: nothing fails
# on a slow figure.
#
#   scripts/bench-city.sh [--asn 100000] [--units 1200] [--sessions 4000] [--per-session 50] [--years 2]
#                         [--duration 30] [--db "h2 postgresql"] [--port 18281] [--no-build] [--keep]
#                         [--reuse DIR] [--import-only] [--warm 5] [--list-warm-rounds 20]
#
# Per database: unpack the distribution (HTTP port 18281 for H2, 18381 for PostgreSQL, or --port P for both one
# after the other; HTTPS on P+2, ssh on P+3, RMI on P+4 and P+5), start it with bin/start, drop benchmarks/city-bundle's jar into deploy/ (a plain servlet and a
# generator; never part of a product feature), then
#  1. the unit tree (root KOTA, 24 kecamatan, the rest below them) through the registry, and a CSV of the ASN;
#  2. import of that CSV over REST (POST /api/v1/participants/import), against the database's own loader on
#     the same rows into a table of the same columns (H2: CSVREAD inside the server; PostgreSQL: psql \copy);
#     on PostgreSQL also \copy of the rows the import stored into copies of the registry's tables (participants
#     with their indexes and unit foreign key, and their history): the loader doing the import's database work;
#  3. training through the domain services: sessions of the installed programmes, 50 seats each, attendance,
#     reactions, pre/post tests and follow-ups as CSV imports, a benefit per session, and the last year's
#     performance facts for every participant (generation time is printed, not a goal);
#  4. GET /api/v1/participants?unit=KOTA&limit=50 with wrk (32 connections) against the servlet running the
#     same login and query (/bench/participants), and the servlet without login; the same for one unit. Both
#     are first warmed in alternating 10 s rounds until each is steady (at least six rounds, the last three
#     within 5 %; at most --list-warm-rounds, default 20): the JIT takes minutes to compile the REST stack on two
#     cores;
#  5. unit evaluation of KOTA for the last year (the summary, three times; the third also with the CPU seconds
#     it cost the JVM and the local PostgreSQL server), then --warm more calls (default 5) of which the median
#     wall time and JVM CPU are printed (one call moves by 10 % and more between runs of one build), the first
#     page of its participants below 20 JP, its five-year trend (twice), 20 transcripts; resident memory.
# --keep leaves the run's directory (printed at the end) with its databases; --reuse DIR measures that city
# again (steps 4 and 5 only) with this build's Pembina bundles and bin/setenv (its JVM options) put into DIR's
# distributions: an A/B on the same
# data, e.g. the previous build and this one one after the other. Give the same --port, --db and --years.
# --import-only stops after steps 1 and 2 (the import against the loader; --sessions is then not used).
# Needs: Java 17, Maven, curl, wrk and (for PostgreSQL) a server on 127.0.0.1:5432 as scripts/postgres-test-db.sh
# sets up; run as root it installs wrk and PostgreSQL from Debian's packages when missing.
# Maven arguments (e.g. an own local repository): MVN_ARGS="-o -Dmaven.repo.local=/root/.m2-city"; the PostgreSQL
# database it (re)creates: BENCH_PGDB (default pembina_bench_city). Another build to measure (with --no-build):
# BENCH_TARBALL=distribution.tar.gz BENCH_JAR=bench-city.jar.
set -euo pipefail
cd "$(dirname "$0")/.."

asn=100000; units=1200; sessions=4000; per_session=50; years=2; duration=30; dbs="h2 postgresql"
build=1; keep=0; fixed_port=""; reuse=""; import_only=0; warm=5; list_warm_rounds=20
while [ $# -gt 0 ]; do
  case "$1" in
    --asn) asn=$2; shift 2 ;;
    --units) units=$2; shift 2 ;;
    --sessions) sessions=$2; shift 2 ;;
    --per-session) per_session=$2; shift 2 ;;
    --years) years=$2; shift 2 ;;
    --duration) duration=$2; shift 2 ;;
    --db) dbs=$2; shift 2 ;;
    --port) fixed_port=$2; shift 2 ;;
    --no-build) build=0; shift ;;
    --keep) keep=1; shift ;;
    --reuse) reuse=$(cd "$2" && pwd); shift 2 ;;
    --import-only) import_only=1; shift ;;
    --list-warm-rounds) list_warm_rounds=$2; [[ $list_warm_rounds =~ ^[1-9][0-9]*$ ]] || { echo "--list-warm-rounds takes a number of rounds, not '$list_warm_rounds'" >&2; exit 2; }; shift 2 ;;
    --warm) warm=$2; [[ $warm =~ ^[0-9]+$ ]] || { echo "--warm takes a number of calls, not '$warm'" >&2; exit 2; }; shift 2 ;;
    *) sed -n '2,/^set -euo/p' "$0" | sed '$d'; exit 2 ;;
  esac
done
last_year=$(date +%Y)
first_year=$((last_year - years + 1))

version=$(awk -F'[<>]' '/<version>/ {print $3; exit}' pom.xml)
tarball=${BENCH_TARBALL:-distribution/target/pembina-distribution-$version.tar.gz}
bench_jar=${BENCH_JAR:-benchmarks/city-bundle/target/pembina-bench-city-$version.jar}
mvn_args=${MVN_ARGS:-}

if ! command -v wrk >/dev/null; then
  [ "$(id -u)" = 0 ] || { echo "wrk is missing (Debian package wrk)" >&2; exit 1; }
  apt-get install -y -qq wrk >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
fi
if [ $build = 1 ]; then
  echo "building the distribution and the benchmark bundle..."
  # shellcheck disable=SC2086
  mvn -B -q $mvn_args -pl distribution -am install -DskipTests
  # shellcheck disable=SC2086
  mvn -B -q $mvn_args -f benchmarks/city-bundle/pom.xml install
fi

work=$(mktemp -d /tmp/bench-city.XXXXXX)
pw='Bench-City-Rahasia-1'
auth="Authorization: Basic $(printf 'admin:%s' "$pw" | base64)"
homes=()

stop_all() {
  for home in "${homes[@]}"; do
    [ -x "$home/bin/stop" ] && "$home/bin/stop" >/dev/null 2>&1 || true
    for _ in $(seq 1 300); do pgrep -f "karaf.base=$home" >/dev/null || break; sleep 0.1; done
  done
  if [ $keep = 1 ]; then echo "kept: $work"; else rm -rf "$work"; fi
}
trap stop_all EXIT

ms() { # seconds as a decimal -> milliseconds, rounded
  awk -v s="$1" 'BEGIN { printf "%d", s * 1000 + 0.5 }'
}

# wrk's "Requests/sec" and the 50 % and 99 % latencies in ms, and the non-2xx count
wrk_run() { # url
  local out
  out=$(wrk -t2 -c32 -d"${duration}s" --latency --timeout 10s -H "$auth" "$1")
  awk '
    function toms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
    /Requests\/sec/ { rps = $2 }
    /^ +50%/ { p50 = toms($2) } /^ +99%/ { p99 = toms($2) }
    /Non-2xx/ { bad = $NF }
    /Socket errors/ { errs = $0 }
    END { printf "%.0f req/s, p50 %.1f ms, p99 %.1f ms%s%s\n", rps, p50, p99, (bad ? ", non-2xx " bad : ""), (errs ? ", " errs : "") }
  ' <<<"$out"
}

rps_of() { # url -> requests per second of 10 s of wrk at 32 connections (a warm-up round)
  wrk -t2 -c32 -d10s --timeout 10s -H "$auth" "$1" | awk '/Requests\/sec/ { printf "%.0f", $2 }'
}
steady() { # a b c -> true when all three are set and the largest is within 5 % of the smallest
  awk -v a="${1:-0}" -v b="${2:-0}" -v c="${3:-0}" 'BEGIN {
    lo = a; hi = a; if (b < lo) lo = b; if (c < lo) lo = c; if (b > hi) hi = b; if (c > hi) hi = c
    exit !(lo > 0 && hi <= 1.05 * lo) }'
}

cpu_ticks() { # pid -> user + system CPU ticks of that process (0 when unknown or gone)
  local v=""
  [ -n "$1" ] && v=$(awk '{print $14 + $15}' "/proc/$1/stat" 2>/dev/null || true)
  echo "${v:-0}"
}
pg_ticks() { # CPU ticks of the local PostgreSQL server's processes (0 without them)
  local p sum=0
  for p in $(pgrep -u postgres 2>/dev/null || true); do sum=$((sum + $(cpu_ticks "$p"))); done
  echo "$sum"
}
ticks_s() { # ticks -> seconds with two decimals
  awk -v t="$1" -v hz="$(getconf CLK_TCK)" 'BEGIN { printf "%.2f", t / hz }'
}

timed_get() { # url -> "ms status"
  curl -s --max-time 600 -o "$work/body" -w '%{time_total} %{http_code}' -H "$auth" "$1" | { read -r t s; echo "$(ms "$t") $s"; }
}

run_db() { # db port
  local db=$1 port=$2 home="${reuse:-$work}/$db" api base r
  base="http://127.0.0.1:$port"; api="$base/api/v1"
  local res="$work/results-$db"
  : >"$res"
  put() { echo "$1=$2" >>"$res"; echo "  [$db] $1: $2"; }
  if [ -n "$reuse" ]; then
    # This build's Pembina bundles and JVM options (bin/setenv), and nothing else, into the kept distribution; its
    # configuration stays.
    rm -rf "$home/system/id/pembina" "$home/data/cache"
    tar xzf "$tarball" -C "$home" --strip-components=1 --wildcards '*/system/id/pembina/*' '*/bin/setenv'
    # One benchmark bundle only: two (e.g. an A/B's two jars under different names) both claim /bench.
    rm -f "$home"/deploy/*.jar
    cp "$bench_jar" "$home/deploy/"
    reuse_db "$db" "$port"
    return
  fi
  mkdir -p "$home"
  tar xzf "$tarball" -C "$home" --strip-components=1
  sed -i "s/^org.osgi.service.http.port *=.*/org.osgi.service.http.port = $port/" "$home/etc/org.ops4j.pax.web.cfg"
  # Measured over plain HTTP on loopback, as before HTTPS became the default (docs/operations.md, "HTTPS").
  sed -i "s/^org.osgi.service.http.enabled *=.*/org.osgi.service.http.enabled = true/" "$home/etc/org.ops4j.pax.web.cfg"
  sed -i "s/^org.osgi.service.http.port.secure *=.*/org.osgi.service.http.port.secure = $((port + 2))/" "$home/etc/org.ops4j.pax.web.cfg"
  # The benchmark's own servlet lives under /bench, beside the API and the pages.
  printf 'served.paths = /pembina, /api/v1, /bench\n' > "$home/etc/id.pembina.edge.cfg"
  sed -i "s/^sshPort *=.*/sshPort = $((port + 3))/" "$home/etc/org.apache.karaf.shell.cfg"
  sed -i "s/^rmiRegistryPort *=.*/rmiRegistryPort = $((port + 4))/; s/^rmiServerPort *=.*/rmiServerPort = $((port + 5))/" \
    "$home/etc/org.apache.karaf.management.cfg"
  local pgdb=${BENCH_PGDB:-pembina_bench_city} psql_bench=""
  if [ "$db" = postgresql ]; then
    scripts/postgres-test-db.sh >/dev/null
    su postgres -c "psql -qc 'DROP DATABASE IF EXISTS $pgdb'" >/dev/null
    su postgres -c "createdb -O pembina $pgdb"
    cat >"$home/etc/org.ops4j.datasource-pembina.cfg" <<EOF
osgi.jdbc.driver.class = org.postgresql.Driver
url = jdbc:postgresql://127.0.0.1:5432/$pgdb
user = pembina
password = pembina
dataSourceName = pembina
pool = hikari
xa = false
hikari.maximumPoolSize = 20
EOF
    psql_bench="psql -qX -h 127.0.0.1 -U pembina -d $pgdb"
  fi
  echo "[$db] starting on port $port"
  start_db "$home" "$api" "$base"

  echo "[$db] units and CSV"
  curl -sf -X POST -H "$auth" "$base/bench/generate/units?kecamatan=24&units=$units&asn=$asn&csv=$work/asn-$db.csv" \
    | tee "$work/units-$db.log" | grep -q '^ms ' || { cat "$work/units-$db.log"; exit 1; }

  echo "[$db] CSV import over REST"
  put import_load_average "$(cut -d' ' -f1-3 /proc/loadavg)"
  r=$(curl -s -o "$work/import-$db.json" -w '%{time_total} %{http_code}' -H "$auth" -H 'Content-Type: text/csv' \
    --data-binary @"$work/asn-$db.csv" "$api/participants/import")
  grep -q "\"imported\":$asn" "$work/import-$db.json" || { echo "import failed: $r $(head -c 600 "$work/import-$db.json")"; exit 1; }
  put import_rest_ms "$(ms "${r% *}")"
  if [ "$db" = h2 ]; then
    r=$(curl -sf -X POST -H "$auth" "$base/bench/load-csv?file=$work/asn-$db.csv")
    grep -q "^rows $asn" <<<"$r" || { echo "loader failed: $r"; exit 1; }
    put import_loader_ms "$(sed -n 's/^ms //p' <<<"$r")"
  else
    PGPASSWORD=pembina $psql_bench -c "DROP TABLE IF EXISTS bench_participant" \
      -c "CREATE TABLE bench_participant (nip CHAR(18) NOT NULL PRIMARY KEY, name VARCHAR(200) NOT NULL, unit_code VARCHAR(40) NOT NULL, position_title VARCHAR(200) NOT NULL, position_type VARCHAR(20) NOT NULL, rank_code VARCHAR(5) NOT NULL, education VARCHAR(3) NOT NULL, supervisor_nip CHAR(18))"
    local t0 t1
    t0=$(date +%s.%N)
    PGPASSWORD=pembina $psql_bench -c "\\copy bench_participant FROM '$work/asn-$db.csv' WITH (FORMAT csv, HEADER true)"
    t1=$(date +%s.%N)
    put import_loader_ms "$(ms "$(echo "$t1 - $t0" | bc)")"
  fi
  put import_ratio "$(awk -v r="$(sed -n 's/^import_rest_ms=//p' "$res")" -v l="$(sed -n 's/^import_loader_ms=//p' "$res")" \
    'BEGIN { printf "%.3fx the loader", l / r }')"
  if [ "$db" = postgresql ]; then
    # The loader again, now writing what the import wrote: the stored participants (derived columns filled) into
    # a copy of the registry's table with its indexes and unit foreign key, and their history rows into a copy of
    # the history table. The same database work as the import, without its parsing, checks and HTTP.
    PGPASSWORD=pembina $psql_bench -c "DROP TABLE IF EXISTS bench_reg_participant" \
      -c "DROP TABLE IF EXISTS bench_reg_history" \
      -c "CREATE TABLE bench_reg_participant (LIKE reg_participant INCLUDING ALL)" \
      -c "ALTER TABLE bench_reg_participant ADD FOREIGN KEY (unit_code) REFERENCES reg_unit (code)" \
      -c "CREATE TABLE bench_reg_history (LIKE reg_participant_history INCLUDING ALL)" \
      -c "\\copy reg_participant TO '$work/stored-participants.csv' WITH (FORMAT csv)" \
      -c "\\copy reg_participant_history TO '$work/stored-history.csv' WITH (FORMAT csv)"
    local s0 s1
    s0=$(date +%s.%N)
    PGPASSWORD=pembina $psql_bench -c "\\copy bench_reg_participant FROM '$work/stored-participants.csv' WITH (FORMAT csv)" \
      -c "\\copy bench_reg_history FROM '$work/stored-history.csv' WITH (FORMAT csv)"
    s1=$(date +%s.%N)
    PGPASSWORD=pembina $psql_bench -c "DROP TABLE bench_reg_participant" -c "DROP TABLE bench_reg_history"
    put import_loader_same_tables_ms "$(ms "$(echo "$s1 - $s0" | bc)")"
    put import_ratio_same_tables "$(awk -v r="$(sed -n 's/^import_rest_ms=//p' "$res")" \
      -v l="$(sed -n 's/^import_loader_same_tables_ms=//p' "$res")" 'BEGIN { printf "%.3fx the loader", l / r }')"
  fi
  if [ $import_only = 1 ]; then
    "$home/bin/stop" >/dev/null 2>&1 || true
    for _ in $(seq 1 300); do pgrep -f "karaf.base=$home" >/dev/null || break; sleep 0.1; done
    return
  fi

  echo "[$db] training: $sessions sessions x $per_session seats, $first_year-$last_year"
  r=$(curl -s -X POST -H "$auth" "$base/bench/generate/training?from=$first_year&years=$years&sessions=$sessions&perSession=$per_session&threads=2")
  grep -q '^ms ' <<<"$r" || { echo "$r" | tail -30; exit 1; }
  put generate_training_s "$(( $(sed -n 's/^ms //p' <<<"$r") / 1000 )) ($(sed -n 's/^enrollments //p' <<<"$r") enrollments)"
  r=$(curl -s -X POST -H "$auth" "$base/bench/generate/facts?year=$last_year&every=1")
  grep -q '^ms ' <<<"$r" || { echo "$r" | tail -30; exit 1; }
  put generate_facts_s "$(( $(sed -n 's/^ms //p' <<<"$r") / 1000 ))"
  if [ "$db" = postgresql ]; then PGPASSWORD=pembina $psql_bench -c "VACUUM ANALYZE"; fi
  measure "$db" "$port" "$home"
}

start_db() { # home api base
  local home=$1 api=$2 base=$3
  homes+=("$home")
  PEMBINA_ADMIN_PASSWORD="$pw" "$home/bin/start"
  for _ in $(seq 1 1200); do [ "$(curl -s -o /dev/null -w '%{http_code}' "$api/health" || true)" = 200 ] && break; sleep 0.1; done
  # A kept city already holds the jar: copying it again would make Karaf update the bundle while it is measured
  # (its servlet answered 404 in --reuse runs).
  cmp -s "$bench_jar" "$home/deploy/$(basename "$bench_jar")" || cp "$bench_jar" "$home/deploy/"
  for _ in $(seq 1 1200); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' "$base/bench/participants-nologin" || true)" = 200 ] && break; sleep 0.1
  done
}

reuse_db() { # db port: a kept city, started with this build's bundles, measured again
  local db=$1 port=$2 home="$reuse/$1"
  echo "[$db] starting the kept city of $reuse on port $port"
  start_db "$home" "http://127.0.0.1:$port/api/v1" "http://127.0.0.1:$port"
  measure "$db" "$port" "$home"
}

measure() { # db port home: steps 4 and 5
  local db=$1 port=$2 home=$3 base="http://127.0.0.1:$2" api="http://127.0.0.1:$2/api/v1" r
  local res="$work/results-$db"
  put() { echo "$1=$2" >>"$res"; echo "  [$db] $1: $2"; }
  echo "[$db] participant list, $duration s each at 32 connections"
  local kel=KEC-01-001
  # Both endpoints warmed until they are steady: JAX-RS's stack (CXF, Jackson) needs one to three minutes of load
  # on two cores before the JIT has compiled it (session 12, a fresh server, 10 s rounds: H2 REST 1,094 -> 8,926
  # req/s in six rounds, the servlet 3,247 -> 12,767; PostgreSQL REST 954 -> 3,361 in ten, the servlet
  # 2,245 -> 4,696); a short warm-up measured the compiler, at a different point of that climb in every run. Rounds
  # of 10 s alternate, at least six, until each endpoint's last three agree within 5 % (at most --list-warm-rounds
  # rounds; the figure says so when that cap ended it); the first round's figures are printed too (list_root_cold).
  local round=0 r_now="" s_now="" r_first="" s_first="" r_hist=() s_hist=() steady_note=" (not steady: cap reached)"
  while [ "$round" -lt "$list_warm_rounds" ]; do
    round=$((round + 1))
    r_now=$(rps_of "$api/participants?unit=KOTA&limit=50")
    s_now=$(rps_of "$base/bench/participants?unit=KOTA&limit=50")
    r_first=${r_first:-$r_now}; s_first=${s_first:-$s_now}
    r_hist+=("$r_now"); s_hist+=("$s_now")
    if [ "$round" -ge 6 ] && steady "${r_hist[@]: -3}" && steady "${s_hist[@]: -3}"; then steady_note=""; break; fi
  done
  put list_root_cold "REST $r_first req/s, servlet $s_first req/s (first 10 s round)"
  put list_warmup "$round x 10 s$steady_note; last REST $r_now, servlet $s_now req/s"
  put list_root_rest "$(wrk_run "$api/participants?unit=KOTA&limit=50")"
  put list_root_servlet "$(wrk_run "$base/bench/participants?unit=KOTA&limit=50")"
  put list_root_servlet_nologin "$(wrk_run "$base/bench/participants-nologin?unit=KOTA&limit=50")"
  put list_unit_rest "$(wrk_run "$api/participants?unit=$kel&limit=50")"
  put list_unit_servlet "$(wrk_run "$base/bench/participants?unit=$kel&limit=50")"

  echo "[$db] evaluations"
  r=$(timed_get "$api/evaluations/units/KOTA?year=$last_year"); put unit_eval_first_ms "$r"
  r=$(timed_get "$api/evaluations/units/KOTA?year=$last_year"); put unit_eval_ms "$r $(wc -c <"$work/body") bytes"
  # The third call also with the CPU seconds it cost: the JVM's, and the local PostgreSQL server's (a figure
  # that moves less with other work on the machine than the wall time).
  local jvm c0 c1 p0 p1
  jvm=$(pgrep -o -f "karaf.base=$home" || true)
  c0=$(cpu_ticks "$jvm"); p0=$(pg_ticks)
  r=$(timed_get "$api/evaluations/units/KOTA?year=$last_year")
  c1=$(cpu_ticks "$jvm"); p1=$(pg_ticks)
  if [ "$db" = postgresql ]; then
    put unit_eval_third_ms "$r, CPU: JVM $(ticks_s $((c1 - c0))) s, PostgreSQL $(ticks_s $((p1 - p0))) s"
  else
    put unit_eval_third_ms "$r, CPU: JVM $(ticks_s $((c1 - c0))) s"
  fi
  grep -o '"sessionCount":[0-9]*\|"seats":[0-9]*' "$work/body" | head -2 | tr '\n' ' ' >"$work/unit-$db.txt" || true
  if [ "$warm" -gt 0 ]; then
    local walls=() cpus=() k failed=0
    for k in $(seq 1 "$warm"); do
      c0=$(cpu_ticks "$jvm")
      r=$(timed_get "$api/evaluations/units/KOTA?year=$last_year")
      c1=$(cpu_ticks "$jvm")
      # Only answers 200 count: a quick error would pass for a fast evaluation.
      if [ "${r#* }" = 200 ]; then walls+=("${r% *}"); cpus+=("$((c1 - c0))"); else failed=$((failed + 1)); fi
    done
    if [ ${#walls[@]} -gt 0 ]; then
      local med_cpu
      # median: the middle value, or the mean of the two middle ones
      med_cpu=$(printf '%s\n' "${cpus[@]}" | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}')
      put unit_eval_warm_median_ms "$(printf '%s\n' "${walls[@]}" | sort -n | awk '{a[NR]=$1} END {printf "%d (%d-%d)", (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2, a[1], a[NR]}'), CPU: JVM $(ticks_s "$med_cpu") s, ${#walls[@]} calls$([ $failed = 0 ] || echo ", $failed failed")"
    else
      put unit_eval_warm_median_ms "all $warm calls failed (last: HTTP ${r#* })"
    fi
  fi
  r=$(timed_get "$api/evaluations/units/KOTA/jp-below-minimum?year=$last_year&limit=50"); put unit_below_jp_ms "$r"
  r=$(timed_get "$api/evaluations/units/KOTA/trend?from=$((last_year - 4))&to=$last_year"); put unit_trend_5y_ms "$r"
  r=$(timed_get "$api/evaluations/units/KOTA/trend?from=$((last_year - 4))&to=$last_year"); put unit_trend_5y_again_ms "$r"
  r=$(timed_get "$api/evaluations/units/$kel?year=$last_year"); put unit_eval_kelurahan_ms "$r"
  curl -s -H "$auth" "$api/participants?unit=KEC-02&limit=20" | grep -o '"nip":"[0-9]*"' | cut -d'"' -f4 >"$work/nips"
  local times=()
  while read -r nip; do
    r=$(timed_get "$api/participants/$nip/transcript?year=$last_year")
    [ "${r#* }" = 200 ] || echo "  transcript $nip: HTTP ${r#* }"
    times+=("${r% *}")
  done <"$work/nips"
  put transcript_ms "median $(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'), max $(printf '%s\n' "${times[@]}" | sort -n | tail -1) (${#times[@]} participants)"
  put rss_mib "$(( $(ps -o rss= -p "$jvm" | tr -d ' ') / 1024 ))"
  "$home/bin/stop" >/dev/null 2>&1 || true
  for _ in $(seq 1 300); do pgrep -f "karaf.base=$home" >/dev/null || break; sleep 0.1; done
}

port=${fixed_port:-18281}
for db in $dbs; do
  run_db "$db" "$port"
  [ -n "$fixed_port" ] || port=$((port + 100))
done

echo
echo "City: $asn ASN in $units units, $sessions sessions x $per_session seats over $first_year-$last_year; wrk $duration s, 32 connections"
printf '%-30s' "figure"; for db in $dbs; do printf ' | %-62s' "$db"; done; echo
for key in import_load_average import_rest_ms import_loader_ms import_ratio import_loader_same_tables_ms import_ratio_same_tables generate_training_s generate_facts_s list_root_cold list_warmup list_root_rest list_root_servlet \
    list_root_servlet_nologin list_unit_rest list_unit_servlet unit_eval_first_ms unit_eval_ms unit_eval_third_ms unit_eval_warm_median_ms unit_below_jp_ms unit_trend_5y_ms unit_trend_5y_again_ms \
    unit_eval_kelurahan_ms transcript_ms rss_mib; do
  printf '%-30s' "$key"
  for db in $dbs; do printf ' | %-62s' "$(sed -n "s/^$key=//p" "$work/results-$db")"; done
  echo
done
