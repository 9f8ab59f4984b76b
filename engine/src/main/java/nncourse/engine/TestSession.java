package nncourse.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import nncourse.engine.WorkerProtocol.Done;
import nncourse.engine.WorkerProtocol.Event;
import nncourse.engine.WorkerProtocol.Exited;
import nncourse.engine.WorkerProtocol.Finished;
import nncourse.engine.WorkerProtocol.OutOfMemory;
import nncourse.engine.WorkerProtocol.OutOfTime;
import nncourse.engine.WorkerProtocol.Plan;
import nncourse.engine.WorkerProtocol.Ready;
import nncourse.engine.WorkerProtocol.Started;
import nncourse.learner.Messages;
import nncourse.learner.ResultCollector.Unit;
import nncourse.learner.TestResult;
import nncourse.learner.TestResult.Outcome;

/**
 * One run of a lesson's tests, from the engine's side: it sends the request, follows the worker's events
 * test by test (an {@link Attempt}), and when a test hangs or takes the worker down, charges that test, has a
 * fresh worker started and sends the tests not yet run. Events of another request (of an earlier worker's
 * life) are ignored; a worker that does not start in time is tried once more before the tests count as not run.
 */
final class TestSession {

    /** How long a worker may take to start, and to go from one test to the next. */
    static final long START_UP_MILLIS = 30_000;

    /**
     * A test's limit is CPU time, which the worker keeps; in wall time it may take this many times as long
     * (and {@link #START_UP_MILLIS} more) before it counts as hung: a test waiting without computing, or a
     * worker starved on a machine whose every core has other work.
     */
    static final int WALL_PER_CPU = 10;

    private static final long POLL_MILLIS = 100;

    /**
     * What running a lesson's tests gave: a result per graded test, what they printed (capped), the bytes
     * beyond the cap, the lines written to the worker's own standard output, and whether a thread was
     * left running.
     */
    record Run(List<TestResult> results, List<String> units, String output, long dropped, int strayLines,
               boolean leftovers) {

        /** The same results, those of {@code hiddenClasses} marked hidden. */
        Run hiding(Set<String> hiddenClasses) {
            return new Run(results.stream().map(r -> hiddenClasses.contains(r.testClass()) ? r.asHidden() : r).toList(),
                    units, output, dropped, strayLines, leftovers);
        }

        /** The graded tests (their unique ids) of an exercise. */
        List<String> unitsOf(String exercise) {
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < results.size(); i++) {
                if (results.get(i).exercise().equals(exercise)) {
                    ids.add(units.get(i));
                }
            }
            return ids;
        }
    }

    /** The tests could not be run at all: the worker did not start, twice. */
    static final class NotStarted extends RuntimeException {
        NotStarted(String message) {
            super(message);
        }
    }

    private final Limits limits;
    private final Supplier<WorkerProcess> workers;
    private final Runnable stopWorker;
    private final LongSupplier requestIds;
    private final Map<String, TestResult> results = new LinkedHashMap<>();
    private final StringBuilder output = new StringBuilder();
    private Map<String, Unit> plan;
    private List<String> only = List.of();
    private long dropped;
    private int strayLines;
    private boolean leftovers;
    private boolean answered;
    private int failedStarts;
    private LessonTime lessonTime;

    TestSession(Limits limits, Supplier<WorkerProcess> workers, Runnable stopWorker, LongSupplier requestIds) {
        this.limits = limits;
        this.workers = workers;
        this.stopWorker = stopWorker;
        this.requestIds = requestIds;
    }

    /**
     * Runs {@code testClasses} of the lesson loaded as {@code lesson} on {@code classes}.
     *
     * @param prepare what to send a worker before the run (the lesson, when it does not have it yet)
     * @throws NotStarted when no worker could be started to run them
     */
    Run run(Consumer<WorkerProcess> prepare, String lesson, Map<String, byte[]> classes, List<String> testClasses) {
        return run(prepare, lesson, classes, testClasses, List.of());
    }

    /** Runs, of {@code testClasses}, only the graded tests {@code only} (all, when it is empty). */
    Run run(Consumer<WorkerProcess> prepare, String lesson, Map<String, byte[]> classes, List<String> testClasses,
            List<String> only) {
        this.only = only;
        lessonTime = new LessonTime(limits.lessonTimeout().toNanos());
        try {
            while (!over()) {
                WorkerProcess worker = workers.get();
                lessonTime.counting(worker);
                if (!ready(worker)) {
                    workerDidNotStart(worker);
                    continue;
                }
                prepare.accept(worker);
                long id = requestIds.getAsLong();
                worker.send(new WorkerProtocol.Run(id, lesson, classes, testClasses, left(),
                        limits.testTimeout().toMillis()));
                new Attempt(worker, id).follow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stopWorker.run();
            failRest(Messages.get("engine.interrupted"), Outcome.FAILED);
        }
        return new Run(List.copyOf(results.values()), List.copyOf(results.keySet()), output.toString(), dropped,
                strayLines, leftovers);
    }

    /** Whether the run is over: a worker said it is done, or every test found has a result. */
    private boolean over() {
        return answered || plan != null && results.size() >= plan.size();
    }

    /**
     * One worker's go at the tests left: a request, followed event by event until the worker says it is
     * done, ends, or hangs. Events of other requests (an earlier worker's, or its {@link Ready}) are ignored.
     */
    private final class Attempt {

        private final WorkerProcess worker;
        private final long id;
        /** The test the worker said it started and has not finished. */
        private Unit running;
        /** Why the worker is about to end, when it said so before it did. */
        private String fatal;
        private Budget phase;
        private boolean ended;

        Attempt(WorkerProcess worker, long id) {
            this.worker = worker;
            this.id = id;
            this.phase = Budget.of(worker, START_UP_MILLIS);
        }

        void follow() throws InterruptedException {
            while (!ended) {
                Optional<Event> next = worker.next(POLL_MILLIS);
                if (next.isPresent()) {
                    on(next.get());
                } else if (phase.spent(worker) || lessonTime.spent(worker)) {
                    timedOut();
                }
            }
        }

        private void on(Event event) {
            if (event instanceof Exited) {
                onWorkerDied();
                return;
            }
            if (event.request() != id) {
                return;
            }
            if (event instanceof Plan p) {
                onPlan(p.units());
            } else if (event instanceof Started s) {
                onTestStarted(s.unit());
            } else if (event instanceof Finished f) {
                onTestFinished(f.unit(), f.result());
            } else if (event instanceof OutOfTime o) {
                onTestOutOfTime(o.unit());
            } else if (event instanceof OutOfMemory) {
                fatal = Messages.get("engine.outOfMemory", limits.heapMegabytes());
            } else if (event instanceof Done d) {
                onDone(d);
            }
        }

        /** The tests found: kept from the first worker, as later ones are sent only those left. */
        private void onPlan(List<Unit> units) {
            if (plan == null) {
                plan = new LinkedHashMap<>();
                units.forEach(u -> plan.put(u.id(), u));
            }
        }

        private void onTestStarted(String unit) {
            if (plan != null) {
                running = plan.get(unit);
                // The worker ends a test that computes past its limit; this is for one that waits, or a worker
                // whose watch fails.
                phase = Budget.of(worker, START_UP_MILLIS + (running == null ? 0 : running.timeoutMillis()));
            }
        }

        private void onTestFinished(String unit, TestResult result) {
            if (planned(unit)) {
                results.put(unit, result);
                running = null;
                phase = Budget.of(worker, START_UP_MILLIS);
            }
        }

        /** The worker's watch says the test used its CPU time, and the worker ends. */
        private void onTestOutOfTime(String unit) {
            if (planned(unit)) {
                running = plan.get(unit);
                lost(null);
            }
        }

        private void onDone(Done done) {
            ended = true;
            answered = true;
            output.append(done.output());
            dropped += done.dropped();
            leftovers |= done.leftovers();
            strayLines += worker.takeStrayLines();
            failRest(Messages.get("engine.didNotRun"), Outcome.FAILED);
        }

        /** The worker ended: the test it ran crashed it, unless it said why it ends. */
        private void onWorkerDied() {
            lost(fatal != null ? fatal : worker.howItEnded());
        }

        /** The worker went silent past its budget, or the lesson's. */
        private void timedOut() {
            lost(null);
        }

        /**
         * The worker hung ({@code how} null) or ended under a test: that test is charged — or, between tests,
         * the one about to start — and the worker is stopped.
         */
        private void lost(String how) {
            ended = true;
            boolean lessonOutOfTime = lessonTime.spent(worker);
            lessonTime.stopping(worker);
            String errors = worker.errors();
            strayLines += worker.takeStrayLines();
            stopWorker.run();
            if (plan == null) {
                notStartedYet(how == null ? Messages.get("engine.noPlan", START_UP_MILLIS / 1000)
                        : Messages.get("engine.endedBeforePlan", how) + errors);
            } else if (lessonOutOfTime) {
                failRest(Messages.get("engine.lessonOutOfTime", limits.lessonTimeout().toSeconds()),
                        Outcome.TIMED_OUT);
            } else {
                charge(how);
            }
        }

        /** The test the worker was lost under — or, between tests, the one about to start — fails for it. */
        private void charge(String how) {
            Unit unit = running != null ? running
                    : plan.values().stream().filter(u -> !results.containsKey(u.id())).findFirst().orElse(null);
            if (unit != null) {
                results.put(unit.id(), charged(unit, how));
            }
        }

        private TestResult charged(Unit unit, String how) {
            if (how != null) {
                return result(unit, Outcome.CRASHED, Messages.get("engine.crashed", how));
            }
            if (running != null) {
                return result(unit, Outcome.TIMED_OUT, Messages.get("engine.timedOut", seconds(unit.timeoutMillis())));
            }
            return result(unit, Outcome.TIMED_OUT, Messages.get("engine.setUpHung", START_UP_MILLIS / 1000));
        }

        private boolean planned(String unit) {
            return plan != null && plan.containsKey(unit);
        }
    }

    /**
     * How long the engine waits for the worker in one phase (its start, a test, the way to the next test):
     * so much CPU time of the worker, or {@link #WALL_PER_CPU} times as much wall time — so that a busy
     * machine, which slows the worker down without making it compute more, is not taken for a hang.
     */
    private record Budget(long cpuStart, long cpuNanos, long wallDeadline) {

        static Budget of(WorkerProcess worker, long millis) {
            return new Budget(worker.cpuNanos(), millis * 1_000_000,
                    System.nanoTime() + millis * 1_000_000 * WALL_PER_CPU);
        }

        boolean spent(WorkerProcess worker) {
            return worker.cpuNanos() - cpuStart > cpuNanos || System.nanoTime() > wallDeadline;
        }
    }

    /** Waits until the worker has started, within a {@link Budget} of {@link #START_UP_MILLIS}. */
    private static boolean ready(WorkerProcess worker) throws InterruptedException {
        Budget start = Budget.of(worker, START_UP_MILLIS);
        while (!worker.awaitReady(POLL_MILLIS)) {
            if (worker.ended() || start.spent(worker)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The time all the lesson's tests may take together: CPU time of every worker that ran them, or
     * {@link #WALL_PER_CPU} times as much wall time.
     */
    private static final class LessonTime {

        private final long limitNanos;
        private final long wallDeadline;
        private long spentBefore;
        private long workerStart;

        LessonTime(long limitNanos) {
            this.limitNanos = limitNanos;
            this.wallDeadline = System.nanoTime() + limitNanos * WALL_PER_CPU;
        }

        /** From now on, counts the CPU time of {@code worker}. */
        void counting(WorkerProcess worker) {
            workerStart = worker.cpuNanos();
        }

        /** Keeps what {@code worker} used, as it is stopped. */
        void stopping(WorkerProcess worker) {
            spentBefore += worker.cpuNanos() - workerStart;
        }

        boolean spent(WorkerProcess worker) {
            return spentBefore + worker.cpuNanos() - workerStart > limitNanos || System.nanoTime() > wallDeadline;
        }
    }

    private void workerDidNotStart(WorkerProcess worker) {
        String errors = worker.errors();
        stopWorker.run();
        notStartedYet(Messages.get("engine.workerDidNotStart", START_UP_MILLIS / 1000) + errors);
    }

    /** A worker failed before the tests were found: one more try, then the tests count as not run. */
    private void notStartedYet(String why) {
        if (++failedStarts >= 2) {
            throw new NotStarted(why);
        }
    }

    private List<String> left() {
        return plan == null ? only : plan.keySet().stream().filter(id -> !results.containsKey(id)).toList();
    }

    /** The tests that have no result yet fail with {@code why}. */
    private void failRest(String why, Outcome outcome) {
        if (plan != null) {
            new ArrayList<>(plan.values()).stream().filter(u -> !results.containsKey(u.id()))
                    .forEach(u -> results.put(u.id(), result(u, outcome, why)));
        }
    }

    private static TestResult result(Unit unit, Outcome outcome, String message) {
        return new TestResult(unit.exercise(), unit.testClass(), unit.name(), outcome, message, false);
    }

    private static String seconds(long millis) {
        return millis % 1000 == 0 ? millis / 1000 + " s" : millis / 1000.0 + " s";
    }
}
