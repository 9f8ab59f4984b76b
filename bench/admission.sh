#!/usr/bin/env bash
# What the admission check costs a submission (goal: < 20 ms on 2 cores): every lesson compiled once as
# a complete submission, then checked ROUNDS times (default 200) in one JVM; prints the first (cold)
# check and the median of the warm half, with the load average.
#
#   bench/admission.sh [ROUNDS]
set -euo pipefail
kit=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
rounds=${1:-200}
work=$(mktemp -d "${TMPDIR:-/tmp}/nn-admission.XXXXXX")
trap 'rm -rf "$work"' EXIT
(cd "$kit" && ./mvnw -q -B compile dependency:build-classpath -pl engine -am -Dmdep.outputFile="$work/cp")
java -cp "$kit/learner/target/classes:$(cat "$work/cp")" "$kit/bench/AdmissionBenchmark.java" "$kit" "$rounds"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
