#!/usr/bin/env bash
# Grading speed: `grader grade` against what teachers do today, one `mvn test` per submission with
# the hidden tests copied in — on the same machine, in one run.
#
#   bench/grading-speed.sh [N] [K]
#
# In a temporary folder it lays out N submissions (default 40), a third each complete, partial (the
# stubs, with the first 1 to 8 of the 9 files that have exercises solved) and broken (complete, but with
# the slip of grader/examples/does-not-compile, a semicolon missing in LogisticRegression.java, made by
# `grader.jar edit`), from the kit's stubs and solutions/ as grader/examples does. Then:
#   (a) baseline: for K of them (default 9; complete, partial and broken in turn, spread over the N), a
#       copy of the student edition (`grader release`) with the submission's src/main/java and each
#       lesson's hidden tests copied into its src/test/java, and one `./mvnw -o -q -B test` — one
#       submission after the other, each timed alone; the median is the baseline's time per submission;
#   (b) `java -jar grader.jar grade` on all N, as the README has it, $RUNS times (default 3); the median
#       wall time over N is the grader's time per submission;
#   (c) the grader's own memory: one more run on all N with the heap capped (GRADER_HEAP, default 64m),
#       the serial collector and C1 only (the grader's own choice, given here so that it grades in this
#       JVM), with a full GC asked for every second (jcmd GC.run) and logged: the live data each leaves,
#       early and late in the run, shows whether what the grader holds grows with the submissions graded.
# (a) times only the Maven runs, not the copying that sets them up; (b) times the grader's JVM from
# start to exit. Both (a) and (b) start with one untimed run; the baseline's is online and fetches what
# Maven needs, the timed ones run offline. It prints every time, both medians and their ratio, and the
# load average, since other work on the machine slows both. K = 0 skips the baseline. Needs bash,
# python3 and a JDK 17+.
set -euo pipefail

kit=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
n=${1:-40}
k=${2:-9}
runs=${RUNS:-3}
heap=${GRADER_HEAP:-64m}

if [[ ! -f $kit/grader/target/grader.jar ]] \
    || [[ -n $(find "$kit/grader/src/main" "$kit/learner/src/main" -newer "$kit/grader/target/grader.jar" -print -quit) ]]; then
  echo "Building grader/target/grader.jar…"
  (cd "$kit" && ./mvnw -q -B package -DskipTests)
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/nn-grading-speed.XXXXXX")
trap 'rm -rf "$work"' EXIT
# The jar as it is now: a build in the kit while this runs does not change what is measured.
cp "$kit/grader/target/grader.jar" "$work/grader.jar"

python3 - "$kit" "$work" "$n" "$k" "$runs" "$heap" <<'PY'
import csv
import os
import pathlib
import re
import shutil
import statistics
import subprocess
import sys
import time

kit, work = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
n, k, runs, heap = int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5]), sys.argv[6]
jar = work / "grader.jar"
env = dict(os.environ, LC_ALL="C.UTF-8")
java = str(pathlib.Path(os.environ["JAVA_HOME"], "bin", "java")) if "JAVA_HOME" in os.environ else "java"
lessons = sorted(p.name for p in kit.glob("lesson-*") if (p / "src/test/resources/exercises.properties").is_file())


def todo_files(lesson):
    """The files of the lesson's exercises (relative to the lesson), in the manifest's order."""
    text = (kit / lesson / "src/test/resources/exercises.properties").read_text(encoding="utf-8")
    return list(dict.fromkeys(re.findall(r"^\d+\.\d+\.file=(.+?)\s*$", text, re.M)))


files = [(lesson, f) for lesson in lessons for f in todo_files(lesson)]


def lay_out(i, target):
    """Submission i: complete, partial or broken, by i mod 3; a broken one gets its slip from break_all."""
    kind = ("complete", "partial", "broken")[i % 3]
    solved = files if kind != "partial" else files[:1 + (i // 3) % (len(files) - 1)]
    for lesson in lessons:
        shutil.copytree(kit / lesson / "src/main/java", target / lesson / "src/main/java")
    for lesson, f in solved:
        shutil.copy(kit / "solutions" / lesson / f, target / lesson / f)
    return kind


def break_all(targets):
    """The does-not-compile example's edits, made in each of the targets by the grader, which reads them."""
    if not targets:
        return
    done = subprocess.run([java, "-jar", str(jar), "edit", "--kit", str(kit), "--example", "does-not-compile",
                           *map(str, targets)], env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    if done.returncode != 0:
        sys.exit(f"grader edit failed:\n{printed(done)}")


def run(command, cwd=kit):
    start = time.monotonic()
    done = subprocess.run(command, cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    return time.monotonic() - start, done


def printed(done):
    return done.stdout.decode("utf-8", errors="replace")[-3000:]


def baseline(i, offline=True):
    """One `mvn test` in a copy of the student edition with submission i's sources and the hidden tests."""
    project = work / "baseline" / f"s{i:03d}"
    shutil.copytree(work / "edition", project, symlinks=True)
    for lesson in lessons:
        shutil.rmtree(project / lesson / "src/main/java")
        shutil.copytree(work / "submissions" / f"s{i:03d}" / lesson / "src/main/java", project / lesson / "src/main/java")
        for part in ("src/test/java", "src/test/resources"):
            if (kit / "solutions" / lesson / part).is_dir():
                shutil.copytree(kit / "solutions" / lesson / part, project / lesson / part, dirs_exist_ok=True)
    seconds, done = run(["./mvnw", *(["-o"] if offline else []), "-q", "-B", "test"], cwd=project)
    if not list(project.glob("lesson-*/target/surefire-reports/TEST-*HiddenTest.xml")):
        sys.exit(f"./mvnw test ran no hidden test for s{i:03d}. It printed:\n{printed(done)}")
    shutil.rmtree(project)
    return seconds


def grade(out, *jvm):
    seconds, done = run([java, *jvm, "-jar", str(jar), "grade", "--kit", str(kit),
                         "--submissions", str(work / "submissions"), "--out", str(out)])
    if done.returncode != 0:
        sys.exit(f"grader grade failed:\n{printed(done)}")
    return seconds


def load():
    return " ".join(f"{x:.1f}" for x in os.getloadavg())


cpu = "?"
if os.path.exists("/proc/cpuinfo"):
    cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), "?")
version = subprocess.run([java, "-version"], capture_output=True, text=True).stderr.splitlines()[0]
cores = os.cpu_count()
print(f"Machine: {cores} cores ({cpu}), {version}; load average {load()}")

kinds = {i: lay_out(i, work / "submissions" / f"s{i:03d}") for i in range(n)}
break_all([work / "submissions" / f"s{i:03d}" for i in range(n) if kinds[i] == "broken"])
count = {kind: list(kinds.values()).count(kind) for kind in ("complete", "partial", "broken")}
print(f"N = {n} submissions: {count['complete']} complete, {count['partial']} partial, {count['broken']} broken")

_, done = run([java, "-jar", str(jar), "release", "--kit", str(kit), "--out", str(work / "edition")])
if done.returncode != 0:
    sys.exit(f"grader release failed:\n{printed(done)}")

# K of the N: complete, partial and broken in turn, spread over the N.
groups = -(-k // 3)
sample = [min(n - 1, 3 * round((j // 3) * (n // 3) / groups) + j % 3) for j in range(k)]
mvn = []
if k == 0:
    print("\n(a) baseline: skipped (K = 0)")
else:
    print(f"\n(a) baseline: ./mvnw -o -q -B test per submission in a copy of the student edition with the hidden"
          f" tests, one after the other, for {k} of the {n} ({', '.join(kinds[i] for i in sample)})")
    baseline(sample[0], offline=False)
    for i in sample:
        mvn.append(baseline(i))
        print(f"    s{i:03d} {kinds[i]:9s} {mvn[-1]:6.2f} s", flush=True)
    per_mvn = statistics.median(mvn)
    print(f"    median {per_mvn:.2f} s per submission: about {per_mvn * n:.0f} s for all {n} (extrapolated)")

print(f"\n(b) grader: java -jar grader.jar grade --kit … --submissions … --out … on all {n} (--jobs {cores},"
      f" the default), {runs} runs")
grade(work / "warm-up")
graded = []
for r in range(runs):
    graded.append(grade(work / f"graded-{r}"))
    print(f"    run {r + 1}: {graded[-1]:6.2f} s for {n}, {graded[-1] / n:.3f} s per submission", flush=True)
# UTF-8 with a byte-order mark; the first row holds the points possible.
with open(work / "graded-0" / "gradebook.csv", newline="", encoding="utf-8-sig") as f:
    totals = {row["submission"]: float(row["total"]) for row in csv.DictReader(f)
              if row["submission"] != "Points Possible"}
for kind in ("complete", "partial", "broken"):
    points = sorted(totals[f"s{i:03d}"] for i in range(n) if kinds[i] == kind)
    print(f"    {kind:9s} earned {points[0]:g} to {points[-1]:g} points of 300")
same = all((work / f"graded-{r}" / "gradebook.csv").read_bytes() == (work / "graded-0" / "gradebook.csv").read_bytes()
           for r in range(runs))
print(f"    the {runs} runs wrote {'the same gradebook' if same else 'DIFFERENT gradebooks'}")
per_grader = statistics.median(graded) / n

print(f"\n(c) the grader's own memory: java -Xmx{heap} -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -jar grader.jar grade …"
      f" on all {n}, a full GC asked for every second (jcmd GC.run)")
log = work / "memory.gc.log"
# With the JIT chosen on the command line, grade runs in this JVM rather than in a second one (GradingJvm).
# Each full GC leaves only what the grader still holds: asking for one every second samples that evenly.
jcmd = str(pathlib.Path(java).with_name("jcmd")) if os.sep in java else "jcmd"
start = time.monotonic()
graded_in_memory = subprocess.Popen([java, f"-Xmx{heap}", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                                     f"-Xlog:gc:file={log}", "-jar", str(jar), "grade", "--kit", str(kit),
                                     "--submissions", str(work / "submissions"), "--out", str(work / "memory")],
                                    cwd=kit, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
while graded_in_memory.poll() is None:
    time.sleep(1)
    subprocess.run([jcmd, str(graded_in_memory.pid), "GC.run"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
seconds = time.monotonic() - start
if graded_in_memory.returncode != 0:
    sys.exit(f"grader grade failed in the memory run (exit {graded_in_memory.returncode})")
full = [(float(t), int(m)) for t, m in re.findall(r"\[([\d.]+)s\].*Pause Full.*->(\d+)M\(", log.read_text())]
if len(full) < 4:
    print(f"    graded all {n} in {seconds:.1f} s with {len(full)} full GCs: too few to see a trend")
else:
    end = full[-1][0]
    quarters = [[m for t, m in full if q * end / 4 <= t <= (q + 1) * end / 4] for q in range(4)]
    print(f"    graded all {n} in {seconds:.1f} s; live data after each of its {len(full)} full GCs, by quarter of"
          " the run: " + ", ".join(f"{min(q)}–{max(q)} MB" if q else "none" for q in quarters))

print(f"\nLoad average at the end: {load()}")
print(f"Median time per submission ({cores} cores, N = {n}): grader {per_grader:.3f} s" + (
    f", baseline {per_mvn:.2f} s — the grader is {per_mvn / per_grader:.1f}× faster" if mvn else ""))
if not same:
    sys.exit(1)
PY
