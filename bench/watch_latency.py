#!/usr/bin/env python3
"""Watch mode's feedback time against `./mvnw test`, measured as a learner meets them.

In a copy of the kit: times `./mvnw -q -B test` a few times, then starts `./mvnw -q -Pwatch`,
saves a one-file change to lesson 01 (a fix of TODO 1.1, then the TODO back) again and again,
and times each save until the watch prints that the lesson was checked. Prints every time, the
medians and their ratio.

    python3 bench/watch_latency.py [saves] [mvn-test-runs]
"""
import os
import pathlib
import shutil
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


def copy_kit(into):
    files = subprocess.run(["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
                           cwd=KIT, check=True, capture_output=True).stdout.decode().split("\0")
    for name in filter(None, files):
        target = into / name
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(KIT / name, target)


def mvn_test(kit):
    start = time.monotonic()
    subprocess.run(["./mvnw", "-q", "-B", "test"], cwd=kit, env=ENV, capture_output=True)
    return time.monotonic() - start


class Watch:
    """`./mvnw -q -Pwatch` in the background, counting the checks it reports."""

    def __init__(self, kit):
        self.checks = 0
        self.ready = threading.Event()
        self.changed = threading.Condition()
        self.process = subprocess.Popen(["./mvnw", "-q", "-Pwatch"], cwd=kit, env=ENV, stdout=subprocess.PIPE,
                                        stderr=subprocess.STDOUT, start_new_session=True)
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self):
        for line in iter(self.process.stdout.readline, b""):
            text = line.decode("utf-8", "replace")
            if "Watching your lessons" in text:
                self.ready.set()
            if " checked in " in text:
                with self.changed:
                    self.checks += 1
                    self.changed.notify_all()

    def wait_for_check(self, after, timeout=30):
        with self.changed:
            self.changed.wait_for(lambda: self.checks > after, timeout)
            return self.checks > after

    def stop(self):
        os.killpg(self.process.pid, signal.SIGTERM)
        self.process.wait(10)


def main():
    saves = int(sys.argv[1]) if len(sys.argv) > 1 else 11
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 3
    with tempfile.TemporaryDirectory() as tmp:
        kit = pathlib.Path(tmp)
        copy_kit(kit)
        print(f"java: {subprocess.run(['java', '-version'], capture_output=True, text=True).stderr.splitlines()[0]}; "
              f"{os.cpu_count()} cores")
        mvn_test(kit)  # downloads and first compilation, not timed
        mvn = [mvn_test(kit) for _ in range(runs)]
        print("./mvnw -q test:", ", ".join(f"{t:.2f} s" for t in mvn))

        watch = Watch(kit)
        if not watch.ready.wait(300):
            watch.stop()
            sys.exit("the watch did not start")
        source = kit / SIGMOID
        stub = source.read_text(encoding="utf-8")
        versions = [stub.replace(TODO, FIX), stub]
        times = []
        try:
            for i in range(saves + 1):
                time.sleep(0.5)
                before = watch.checks
                start = time.monotonic()
                source.write_text(versions[i % 2], encoding="utf-8")
                if not watch.wait_for_check(before):
                    sys.exit(f"save {i}: the watch reported no check within 30 s")
                if i > 0:  # the first save warms the worker JVM up
                    times.append(time.monotonic() - start)
        finally:
            watch.stop()
        print("watch, save to feedback:", ", ".join(f"{t:.2f} s" for t in times))
        m_watch, m_mvn = statistics.median(times), statistics.median(mvn)
        print(f"median: watch {m_watch:.2f} s, ./mvnw test {m_mvn:.2f} s — {m_mvn / m_watch:.1f}× sooner")


if __name__ == "__main__":
    main()
