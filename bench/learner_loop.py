#!/usr/bin/env python3
"""The learner's test loop, timed as a learner meets it, on the student edition.

Writes the student edition with `grader release` (so build the grader first: `./mvnw -B verify
-Psolutions`, or `./mvnw -q package -DskipTests`), then in it, after one untimed `./mvnw test` that
downloads and compiles:
  - `./mvnw -q test` after a one-file change (TODO 1.1 fixed, then put back, in turn);
  - `./mvnw -q test -pl lesson-01-logistic-regression -am` after the same change;
  - watch mode (`./mvnw -q -Pwatch`): from the command to its first board, and from a save to the
    board of the saved lesson.
Prints every time, the medians, and the load average (/proc/loadavg) before and after.

    python3 bench/learner_loop.py [runs] [saves]
"""
import os
import pathlib
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time

KIT = pathlib.Path(__file__).resolve().parent.parent
SIGMOID = "lesson-01-logistic-regression/src/main/java/nncourse/lesson01/Sigmoid.java"
TODO = 'throw new UnsupportedOperationException("TODO 1.1: return σ(z) = 1 / (1 + e^−z)");'
FIX = "return 1 / (1 + Math.exp(-z));"
ENV = dict(os.environ, LC_ALL="C.UTF-8")


def load_average():
    try:
        return " ".join(pathlib.Path("/proc/loadavg").read_text().split()[:3])
    except OSError:
        return "unknown"


class Edit:
    """Sigmoid.java with TODO 1.1 fixed and put back, in turn: a one-file change each time."""

    def __init__(self, edition):
        self.source = edition / SIGMOID
        stub = self.source.read_text(encoding="utf-8")
        if TODO not in stub:
            sys.exit(f"{SIGMOID} no longer has the line this benchmark edits: {TODO}")
        self.versions = [stub.replace(TODO, FIX), stub]
        self.count = 0

    def save(self):
        self.source.write_text(self.versions[self.count % 2], encoding="utf-8")
        self.count += 1


def timed(command, cwd):
    start = time.monotonic()
    subprocess.run(command, cwd=cwd, env=ENV, capture_output=True)
    return time.monotonic() - start


class Watch:
    """`./mvnw -q -Pwatch` in the background, counting the checks it reports."""

    def __init__(self, edition):
        self.started = time.monotonic()
        self.first_board = None
        self.checks = 0
        self.changed = threading.Condition()
        self.ready = threading.Event()
        self.process = subprocess.Popen(["./mvnw", "-q", "-Pwatch"], cwd=edition, env=ENV, stdout=subprocess.PIPE,
                                        stderr=subprocess.STDOUT, start_new_session=True)
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self):
        for line in iter(self.process.stdout.readline, b""):
            text = line.decode("utf-8", "replace")
            if "Watching your lessons" in text and not self.ready.is_set():
                self.first_board = time.monotonic() - self.started
                self.ready.set()
            if " checked in " in text:
                with self.changed:
                    self.checks += 1
                    self.changed.notify_all()

    def wait_for_check(self, after, timeout=60):
        with self.changed:
            self.changed.wait_for(lambda: self.checks > after, timeout)
            return self.checks > after

    def stop(self):
        os.killpg(self.process.pid, signal.SIGTERM)
        self.process.wait(10)


def show(name, times):
    print(f"{name}: " + ", ".join(f"{t:.2f}" for t in times) + f" s — median {statistics.median(times):.2f} s")
    return statistics.median(times)


def main():
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    saves = int(sys.argv[2]) if len(sys.argv) > 2 else 11
    jar = KIT / "grader/target/grader.jar"
    if not jar.exists():
        sys.exit(f"no {jar}: build the grader first (./mvnw -q package -DskipTests)")
    print(f"java: {subprocess.run(['java', '-version'], capture_output=True, text=True).stderr.splitlines()[0]}; "
          f"{os.cpu_count()} cores; load average before: {load_average()}")
    with tempfile.TemporaryDirectory() as tmp:
        edition = pathlib.Path(tmp) / "student"
        subprocess.run(["java", "-jar", str(jar), "release", "--kit", str(KIT), "--out", str(edition)], check=True,
                       capture_output=True)
        edit = Edit(edition)
        timed(["./mvnw", "-q", "-B", "test"], edition)  # downloads and the first compilation: not timed
        whole, one = [], []
        for _ in range(runs):
            edit.save()
            whole.append(timed(["./mvnw", "-q", "-B", "test"], edition))
        for _ in range(runs):
            edit.save()
            one.append(timed(["./mvnw", "-q", "-B", "test", "-pl", "lesson-01-logistic-regression", "-am"], edition))
        firsts, saved = [], []
        for attempt in range(3):
            watch = Watch(edition)
            try:
                if not watch.ready.wait(300):
                    sys.exit("the watch showed no board within 300 s")
                firsts.append(watch.first_board)
                for i in range(saves + 1 if attempt == 0 else 0):
                    time.sleep(0.5)
                    before = watch.checks
                    start = time.monotonic()
                    edit.save()
                    if not watch.wait_for_check(before):
                        sys.exit(f"save {i}: the watch reported no check within 60 s")
                    if i > 0:  # the first save warms the worker JVM up
                        saved.append(time.monotonic() - start)
            finally:
                watch.stop()
        print(f"after a one-file change, {runs} runs each:")
        show("./mvnw -q test", whole)
        show("./mvnw -q test -pl lesson-01-logistic-regression -am", one)
        show("watch mode, from the command to the first board", firsts)
        show("watch mode, from a save to the lesson's board", saved)
    print(f"load average after: {load_average()}")


if __name__ == "__main__":
    main()
