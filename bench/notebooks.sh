#!/usr/bin/env bash
# How long the three notebooks take in real Jupyter: each executed headless with nbconvert and the
# JJava kernel (as .ci/notebooks does), against the reference solutions, full length unless --quick.
# Prints each notebook's seconds, the total and the load average (/proc/loadavg) at start and end;
# the medians of --runs runs (3). With --old REV, the notebooks of that git revision run too, in
# turn with the current ones, so that both meet the same load: it prints their medians and the
# ratios new / old. The kernel's JVM runs with the options the README recommends,
# -Djava.awt.headless=true -XX:TieredStopAtLevel=1, unless --jvm-opts gives others (JJAVA_JVM_OPTS).
#
#   bench/notebooks.sh [--runs N] [--quick] [--old REV] [--jvm-opts "OPTIONS"]
#
# Needs the kit built (./mvnw -B install -DskipTests) and the solutions compiled into
# solutions/lesson-*/target/classes (./mvnw -B verify -Psolutions, or NotebooksTest, does it).
set -euo pipefail
cd "$(dirname "$0")/.."
kit=$(pwd)
runs=3 old="" jvm_opts="-Djava.awt.headless=true -XX:TieredStopAtLevel=1"
while [ $# -gt 0 ]; do
  case $1 in
    --runs) runs=$2; shift 2 ;;
    --quick) export NNCOURSE_QUICK=1; shift ;;
    --old) old=$2; shift 2 ;;
    --jvm-opts) jvm_opts=$2; shift 2 ;;
    *) echo "usage: bench/notebooks.sh [--runs N] [--quick] [--old REV] [--jvm-opts \"OPTIONS\"]" >&2; exit 2 ;;
  esac
done
for lesson in solutions/lesson-*/; do
  [ -d "$lesson/target/classes" ] || { echo "$lesson is not compiled: run ./mvnw -B verify -Psolutions first" >&2; exit 1; }
done
venv="$kit/.venv"
if [ ! -x "$venv/bin/jupyter" ]; then
  python3 -m venv "$venv" && "$venv/bin/pip" install -q --disable-pip-version-check "nbconvert>=7,<8" "jjava==1.0a8"
fi
export JJAVA_JVM_OPTS="$jvm_opts"

# The notebooks to time, in folders beside notebooks/ (their ../ paths must resolve), plotting the solutions.
new=$(mktemp -d "$kit/notebooks-bench-new.XXXXXX")
times=$new/times
trap 'rm -rf "$new" "${old_dir:-}"' EXIT
variants="new"
cp notebooks/*.ipynb notebooks/setup.jsh "$new/"
if [ -n "$old" ]; then
  variants="new old"
  old_dir=$(mktemp -d "$kit/notebooks-bench-old.XXXXXX")
  for f in $(git ls-tree --name-only "$old" notebooks/ | grep -E '\.(ipynb|jsh)$'); do
    git show "$old:$f" > "$old_dir/$(basename "$f")"
  done
fi
folder() { if [ "$1" = new ]; then echo "$new"; else echo "$old_dir"; fi; }
for v in $variants; do sed -i 's|^// %classpath \.\./solutions/|%classpath ../solutions/|' "$(folder "$v")/setup.jsh"; done
notebooks=$(cd notebooks && ls *.ipynb)

echo "kernel JVM options: $JJAVA_JVM_OPTS${NNCOURSE_QUICK:+; quick (NNCOURSE_QUICK)}"
echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
: > "$times"
for run in $(seq "$runs"); do
  for v in $variants; do
    line="run $run $v:"
    for name in $notebooks; do
      start=$(date +%s.%N)
      (cd "$(folder "$v")" && "$venv/bin/jupyter" nbconvert --to notebook --execute --output "timed-$name" \
          --ExecutePreprocessor.kernel_name=java --ExecutePreprocessor.timeout=900 "$name" > "$name.log" 2>&1) \
        || { cat "$(folder "$v")/$name.log"; exit 1; }
      seconds=$(echo "$(date +%s.%N) - $start" | bc)
      echo "$v $name $run $seconds" >> "$times"
      line="$line ${name%%-*} $(printf '%.1f' "$seconds") s,"
    done
    echo "$line load $(cut -d' ' -f1 /proc/loadavg)"
  done
done
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"

python3 - "$times" "$runs" $variants <<'PY'
import statistics, sys
rows = [line.split() for line in open(sys.argv[1])]
variants = sys.argv[3:]
names = sorted({r[1] for r in rows})
def median(v, name=None):
    if name:
        return statistics.median(float(r[3]) for r in rows if r[0] == v and r[1] == name)
    runs = {r[2] for r in rows if r[0] == v}
    return statistics.median(sum(float(r[3]) for r in rows if r[0] == v and r[2] == run) for run in runs)
print(f"median of {sys.argv[2]} runs, seconds: " + "".join(f"{n.split('-')[0]:>8}" for n in names) + "   total")
for v in variants:
    print(f"  {v:<26}" + "".join(f"{median(v, n):8.1f}" for n in names) + f"{median(v):8.1f}")
if len(variants) == 2:
    print(f"  {'new / old':<26}" + "".join(f"{median('new', n) / median('old', n):8.2f}" for n in names)
          + f"{median('new') / median('old'):8.2f}")
PY
