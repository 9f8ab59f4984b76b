#!/usr/bin/env bash
# Benchmark: the reference solution of lesson 03 training the digits 64-32-10 (α = 0.5,
# 30 epochs), 2 warm-up runs and then 7 timed runs, each from a fresh Layer.random network
# (seed 42). Prints each time, the median and the test accuracy.
#
#   solutions/lesson-03-network/bench/train-digits.sh [timed runs] [warm-up runs]
#
# Compiles the solution's sources and TrainDigits.java with javac into a temporary folder.
# Needs commons-csv (and commons-io, which it uses) in the local Maven repository: if they are
# missing, run `./mvnw -q -pl lesson-03-network -am test-compile` at the kit root once.
# JAVA_OPTS passes options to the JVM (none by default).
set -euo pipefail

bench=$(cd "$(dirname "$0")" && pwd)
lesson=$(dirname "$bench")
kit=$(cd "$lesson/../.." && pwd)
repo=${MAVEN_REPO:-$HOME/.m2/repository}

# The newest version of a jar in the local repository, e.g. newest commons-io/commons-io.
newest() {
    find "$repo/$1" -name "$2-[0-9]*.jar" ! -name '*-sources.jar' ! -name '*-javadoc.jar' 2>/dev/null | sort -V | tail -n 1
}
csv=$repo/org/apache/commons/commons-csv/1.14.1/commons-csv-1.14.1.jar
io=$(newest commons-io/commons-io commons-io)
codec=$(newest commons-codec/commons-codec commons-codec)
if [[ ! -f $csv || -z $io ]]; then
    echo "commons-csv 1.14.1 or commons-io is not in $repo;" \
         "run ./mvnw -q -pl lesson-03-network -am test-compile at the kit root first" >&2
    exit 1
fi
classpath=$csv:$io${codec:+:$codec}

out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
# The reference implementation: the lesson's given files, with the solution's files over them.
src=$out/src
mkdir -p "$src"
cp -r "$kit/lesson-03-network/src/main/java/." "$lesson/src/main/java/." "$src/"
javac -encoding UTF-8 -d "$out" -cp "$classpath" $(find "$src" -name '*.java') "$bench/TrainDigits.java"
# The data is the lesson's: solutions/ keeps only sources and hidden tests.
cp -r "$kit/lesson-03-network/src/main/resources/." "$out/"

echo "java: $(java -version 2>&1 | head -n 1); $(nproc) cores"
# shellcheck disable=SC2086
java ${JAVA_OPTS:-} -cp "$out:$classpath" TrainDigits "${1:-7}" "${2:-2}"
