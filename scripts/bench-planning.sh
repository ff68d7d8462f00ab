#!/usr/bin/env bash
# Issue 10 benchmark: the scheduler's solver against the greedy baseline on 10,000 ASN in 60 units, 300
# candidate sessions over 12 months, a budget covering 70 % of the needs. Prints figures (not a timed test).
# Usage: scripts/bench-planning.sh [seconds=60] [people=10000] [seed=7] [seatSwaps=false]
# Maven: MAVEN_ARGS (e.g. -Dmaven.repo.local=...) are passed on.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q ${MAVEN_ARGS:-} install -pl bundles/planning-schedule -am -DskipTests >/dev/null
CP=$(mvn -B -q ${MAVEN_ARGS:-} -pl bundles/planning-schedule dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile=/dev/stdout)
java -Xmx2g -cp "bundles/planning-schedule/target/classes:bundles/planning-schedule/target/test-classes:$CP" \
  id.pembina.planning.schedule.bench.BenchPlanning "${1:-60}" "${2:-10000}" "${3:-7}" "${4:-false}"
