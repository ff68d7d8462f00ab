#!/usr/bin/env bash
# Programme evaluation benchmark (JMH): the evaluation engine aggregating 1,000,000 reaction answers (12 Likert
# items) and 100,000 pre/post pairs (20-item test) against a plain SQL GROUP BY over the same rows in embedded H2,
# measured in the same run (benchmarks/src/main/java/id/pembina/benchmarks/EvaluationBenchmark.java).
# Each benchmark: 1 fork, warmup 3 x 2 s, measurement 5 x 2 s; data generation and the H2 load are not measured.
# About a minute on 2 cores. Builds the benchmarks module first when its jar is missing or older than its sources.
# Usage: scripts/bench-evaluation.sh [JMH options, e.g. -rf json -rff result.json]
set -euo pipefail
cd "$(dirname "$0")/.."
version=$(awk -F'[<>]' '/<version>/ {print $3; exit}' pom.xml)
jar=benchmarks/target/pembina-benchmarks-$version-jmh.jar

if [ ! -f "$jar" ] || [ -n "$(find benchmarks/src benchmarks/pom.xml bundles/evaluation-engine/src \
      bundles/evaluation-engine/pom.xml -newer "$jar" -print -quit)" ]; then
  echo "Building the benchmarks module ..."
  mvn -B -q -pl benchmarks -am install -DskipTests
fi

echo "Machine: $(nproc) cores, $(free -g | awk '/^Mem:/ {print $2}') GiB; $(java -version 2>&1 | sed -n 1p)"
exec java -jar "$jar" 'id.pembina.benchmarks.EvaluationBenchmark' "$@"
