#!/usr/bin/env bash
# Report rendering benchmark: time and memory to make program-evaluation (a programme with 1,000 participants in
# 40 sessions) and unit (a unit of 10,000 ASN) in each format (pdf, xlsx, csv, html), through the real registry,
# catalog, evaluation and report services on embedded H2
# (bundles/report-formats/src/test/java/id/pembina/reporting/formats/bench/ReportBench.java).
# Prints per report and format the best of N timed runs after one warm-up, the bytes the making thread allocated
# in that run, and the file size. Building the data is not measured. A few minutes on 2 cores.
# Usage: scripts/bench-reports.sh [timed runs, default 3]
# Extra JVM options: BENCH_JAVA_OPTS (default -Xmx1g), e.g. BENCH_JAVA_OPTS=-Xmx512m.
# Uses the Maven local repository of MAVEN_REPO_LOCAL when set (default ~/.m2/repository).
set -euo pipefail
cd "$(dirname "$0")/.."
repo=()
if [ -n "${MAVEN_REPO_LOCAL:-}" ]; then repo=("-Dmaven.repo.local=$MAVEN_REPO_LOCAL"); fi

echo "Building the report bundles and their tests ..."
mvn -B -q "${repo[@]}" -pl bundles/report-formats -am install -DskipTests
mvn -B -q "${repo[@]}" -pl bundles/report-formats dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile=target/bench.classpath

echo "Machine: $(nproc) cores, $(free -g | awk '/^Mem:/ {print $2}') GiB; $(java -version 2>&1 | sed -n 1p)"
cp="bundles/report-formats/target/test-classes:bundles/report-formats/target/classes:$(cat bundles/report-formats/target/bench.classpath)"
exec java ${BENCH_JAVA_OPTS:--Xmx1g} -Djava.awt.headless=true -cp "$cp" \
  id.pembina.reporting.formats.bench.ReportBench "${1:-3}"
