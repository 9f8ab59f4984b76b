package nncourse.engine;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nncourse.engine.JavaCompilation.CompileError;
import nncourse.engine.WorkerProtocol.Event;
import nncourse.engine.WorkerProtocol.Request;
import nncourse.learner.LessonScore;
import nncourse.learner.Messages;
import nncourse.learner.ResultCollector.Unit;
import nncourse.learner.TestResult;
import nncourse.learner.TestResult.Outcome;

/**
 * The one grading mechanism: compile the files of a submission's lesson that differ from the stubs (in
 * this JVM), run the lesson's public and hidden tests on them in a {@link Worker} JVM with a time limit
 * per test, and add up points per exercise. The tests are compiled once, against the stubs
 * ({@link LessonTests}). The worker is kept alive from one grading to the next, each submission in a
 * fresh class loader; a new one is started only after a test hangs, exits or crashes it, and the
 * tests not yet run are then run on the new one. A lesson handed in as the stubs have it is graded as
 * the stubs are: their tests run once, and their results stand for every such submission.
 */
public final class Engine implements AutoCloseable {

    private static final long START_UP_MILLIS = 30_000;
    /** A worker is replaced after this many gradings, so that what submissions leave behind stays bounded. */
    private static final int GRADINGS_PER_WORKER = 100;

    private final Limits limits;
    private final LessonTests tests;
    private final boolean ownTests;
    private final List<Path> classpath;
    private final Path workDir;
    private final JavaCompilation javac = new JavaCompilation();
    private final Map<String, TestRun> stubRuns = new HashMap<>();
    private final GuardedFiles kit;
    private final Map<String, KitLesson> laidOut = new HashMap<>();
    private WorkerProcess worker;
    private int gradingsOnWorker;

    /** An engine that compiles the lessons' tests itself, when it first grades each lesson. */
    public Engine(Limits limits) {
        this(limits, new LessonTests(), true);
    }

    /** An engine that shares compiled tests with other engines; closing it leaves them to their owner. */
    public Engine(Limits limits, LessonTests tests) {
        this(limits, tests, false);
    }

    private Engine(Limits limits, LessonTests tests, boolean ownTests) {
        this.limits = limits;
        this.tests = tests;
        this.ownTests = ownTests;
        this.classpath = tests.classpath();
        try {
            this.workDir = Files.createTempDirectory("nn-grader-");
            // Not below the worker's working directory: nothing of the kit is where the tests run.
            this.kit = new GuardedFiles(Files.createTempDirectory("nn-kit-"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts the worker JVM now rather than at the first grading, so that it boots while the tests compile. */
    public void startWorker() {
        worker();
    }

    /**
     * Grades the lesson's sources found in {@code sources} (a {@code src/main/java} folder), on this engine's
     * own copy of the lesson's stubs, data and tests. When that copy has changed after the grading — by this
     * submission, or by something an earlier one left running — it is put back and the lesson graded once
     * more, in a new worker JVM where only this submission's code runs; if the copy changes again, this
     * submission changed it, and the lesson is not graded.
     */
    public Grade grade(KitLesson lesson, Path sources) {
        LessonTests.Compiled compiled;
        try {
            compiled = tests.of(lesson);
        } catch (IllegalStateException e) {
            return failed(lesson, List.of(), List.of(), e.getMessage());
        }
        KitLesson guarded = laidOut(lesson, compiled);
        Grade grade = gradeOn(guarded, compiled, sources);
        List<String> changed = kit.changes();
        if (changed.isEmpty()) {
            return grade;
        }
        restoreKit();
        grade = gradeOn(guarded, compiled, sources);
        if (kit.changes().isEmpty()) {
            return grade;
        }
        restoreKit();
        return failed(lesson, grade.compileErrors(), grade.notes(), Messages.get("engine.changedKit",
                String.join(", ", changed.subList(0, Math.min(3, changed.size())))
                        + (changed.size() > 3 ? " … (" + changed.size() + ")" : "")));
    }

    /** The lesson as this engine grades it: its files laid out in the engine's guarded folder. */
    private KitLesson laidOut(KitLesson lesson, LessonTests.Compiled compiled) {
        return laidOut.computeIfAbsent(lesson.name(), name -> {
            kit.add(compiled.files());
            return new KitLesson(kit.root(), name, lesson.manifest());
        });
    }

    /** Puts the guarded files back, and ends the worker with whatever a submission left running in it. */
    private void restoreKit() {
        kit.restore();
        stubRuns.clear();
        stopWorker();
    }

    private Grade gradeOn(KitLesson lesson, LessonTests.Compiled tests, Path sources) {
        Path stubClasses = LessonTests.Compiled.stubClasses(kit.root(), lesson);
        Path testClasses = LessonTests.Compiled.classes(kit.root(), lesson);
        Path src = newDirectory("src");
        Path classes = newDirectory("classes");
        try {
            SubmittedSources.Prepared prepared = SubmittedSources.prepare(lesson, sources, src, tests.simpleNames());
            List<String> notes = new ArrayList<>(prepared.notes());
            List<String> stubbed = new ArrayList<>(prepared.stubbed());
            List<String> compileErrors = new ArrayList<>();
            Build build = compileFallingBackToStubs(lesson, src, classes, stubClasses, compileErrors, notes, stubbed);
            if (build == Build.FAILED) {
                return failed(lesson, compileErrors, notes, "your code does not compile: " + compileErrors.get(0));
            }
            TestRun run;
            try {
                run = build == Build.STUBS_ONLY ? stubsRun(lesson, List.of(stubClasses, testClasses), tests)
                        : runTests(lesson, List.of(classes, stubClasses, testClasses), tests.testClasses(),
                                tests.hiddenClasses());
            } catch (IllegalStateException e) {
                return failed(lesson, compileErrors, notes, "the tests could not be run: " + e.getMessage());
            }
            return graded(lesson, run, compileErrors, notes, stubbed);
        } finally {
            Folders.delete(src);
            Folders.delete(classes);
        }
    }

    /**
     * The tests run on the lesson's stubs alone, as every submission that leaves the lesson untouched (or
     * whose every changed file fails to compile) is graded: run once by this engine, then remembered.
     */
    private TestRun stubsRun(KitLesson lesson, List<Path> stubsAndTests, LessonTests.Compiled tests) {
        TestRun run = stubRuns.get(lesson.name());
        if (run == null) {
            run = runTests(lesson, stubsAndTests, tests.testClasses(), tests.hiddenClasses());
            if (run.results().stream().noneMatch(r -> r.outcome() == Outcome.CRASHED || r.outcome() == Outcome.TIMED_OUT)) {
                stubRuns.put(lesson.name(), run);
            }
        }
        return run;
    }

    /**
     * The learner's own check, as the watch mode runs it: the lesson's sources and public tests as they
     * are in its folder, compiled together, then the public tests run. A compile error is reported as
     * it is; no stub takes a broken file's place.
     */
    public Grade check(KitLesson lesson) {
        Path classes = newDirectory("check");
        try {
            List<CompileError> errors = javac.run(JavaCompilation.sourcesIn(lesson.stubSources()),
                    classpath, classes);
            if (errors.isEmpty()) {
                List<Path> withClasses = new ArrayList<>(classpath);
                withClasses.add(classes);
                errors = javac.run(JavaCompilation.sourcesIn(lesson.publicTests()), withClasses, classes);
            }
            if (!errors.isEmpty()) {
                List<String> shown = errors.stream().map(e -> relative(lesson.dir(), e)).toList();
                return failed(lesson, shown, List.of(), "does not compile: " + shown.get(0));
            }
            List<String> testClasses = JavaCompilation.sourcesIn(lesson.publicTests()).stream()
                    .map(f -> JavaCompilation.className(lesson.publicTests(), f)).toList();
            return graded(lesson, runTests(lesson, List.of(classes), testClasses, Set.of()), List.of(), List.of(),
                    List.of());
        } catch (IllegalStateException e) {
            return failed(lesson, List.of(), List.of(), "the tests could not be run: " + e.getMessage());
        } finally {
            Folders.delete(classes);
        }
    }

    /**
     * Runs the tests on {@code classes}, the hidden ones marked as such.
     *
     * @throws IllegalStateException if the worker could not run them at all
     */
    private TestRun runTests(KitLesson lesson, List<Path> classes, List<String> testClasses, Set<String> hiddenClasses) {
        List<String> loaderPath = new ArrayList<>();
        classes.forEach(c -> loaderPath.add(c.toString()));
        lesson.resources().forEach(r -> loaderPath.add(r.toString()));
        Printed output = new Printed();
        List<TestResult> results = new ArrayList<>();
        run(loaderPath, testClasses, output)
                .forEach(r -> results.add(hiddenClasses.contains(r.testClass()) ? r.asHidden() : r));
        return new TestRun(List.copyOf(results), output.text.toString(), output.dropped, output.strayLines);
    }

    /** What a submission's lesson is graded as, once compiled. */
    private enum Build { STUBS_ONLY, COMPILED, FAILED }

    /** What running a lesson's tests gave: a result per graded test, and what they printed ({@link Printed}). */
    private record TestRun(List<TestResult> results, String output, long dropped, int strayLines) {}

    private static Grade graded(KitLesson lesson, TestRun run, List<String> compileErrors, List<String> notes,
                                List<String> stubbed) {
        List<String> allNotes = new ArrayList<>(notes);
        if (run.dropped() > 0) {
            allNotes.add(Messages.get("engine.outputCapped", bytes(Worker.OUTPUT_CAP + run.dropped()),
                    bytes(Worker.OUTPUT_CAP)));
        }
        if (run.strayLines() > 0) {
            allNotes.add(Messages.get("engine.strayLines", run.strayLines()));
        }
        return new Grade(LessonScore.of(lesson.name(), lesson.manifest(), run.results(), List.of()), compileErrors,
                allNotes, stubbed, run.output());
    }

    /**
     * What the tests printed, over all the workers that ran them: the kept text, the bytes beyond the cap, and
     * the lines written to the worker's own standard output, where only its reports count.
     */
    private static final class Printed {
        final StringBuilder text = new StringBuilder();
        long dropped;
        int strayLines;
    }

    /** 16 KB, 3.2 MB: a size as a learner reads it. */
    private static String bytes(long n) {
        return n < 1024 * 1024 ? Math.round(n / 1024.0) + " KB"
                : String.format(java.util.Locale.ROOT, "%.1f MB", n / (1024.0 * 1024));
    }

    /**
     * Compiles the prepared sources that differ from the stubs, against the stubs' classes, which stand
     * in for the rest (given code, and exercises not begun). A file that does not compile is left out
     * too, so that the stub's class is graded in its place (or nothing, if the stubs have no such file)
     * and one broken file costs only its own exercises.
     *
     * @return what is graded: the stubs alone (nothing was left to compile), the compiled files over the
     *         stubs, or nothing when even the stubs' stand-ins do not compile
     */
    private Build compileFallingBackToStubs(KitLesson lesson, Path src, Path classes, Path stubClasses,
                                              List<String> compileErrors, List<String> notes, List<String> stubbed) {
        List<Path> compileClasspath = new ArrayList<>(classpath);
        compileClasspath.add(stubClasses);
        for (boolean first = true; ; first = false) {
            List<Path> changed = JavaCompilation.sourcesIn(src).stream().filter(f -> !sameAsStub(lesson, src, f)).toList();
            if (changed.isEmpty()) {
                return Build.STUBS_ONLY;
            }
            List<CompileError> errors = javac.run(changed, compileClasspath, classes);
            if (errors.isEmpty()) {
                return Build.COMPILED;
            }
            if (first) {
                errors.forEach(e -> compileErrors.add("src/main/java/" + relative(src, e)));
            }
            Set<Path> broken = new LinkedHashSet<>();
            errors.forEach(e -> broken.add(e.file()));
            for (Path file : broken) {
                if (!file.startsWith(src)) {
                    return Build.FAILED;
                }
                String shown = src.relativize(file).toString().replace(File.separatorChar, '/');
                if (Files.exists(lesson.stubSources().resolve(src.relativize(file).toString()))) {
                    stubbed.add(shown);
                    notes.add(shown + " does not compile: the stub's copy was graded in its place, so its "
                            + "exercises score 0 and the others are still graded");
                } else {
                    notes.add(shown + " does not compile and was left out");
                }
                try {
                    Files.delete(file);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            Folders.delete(classes);
        }
    }

    /** Whether a prepared file is byte for byte the stub's: then the stub's class is graded, uncompiled. */
    private static boolean sameAsStub(KitLesson lesson, Path src, Path file) {
        Path stub = lesson.stubSources().resolve(src.relativize(file).toString());
        try {
            return Files.isRegularFile(stub) && Files.mismatch(file, stub) == -1;
        } catch (IOException e) {
            return false;
        }
    }

    /** Runs the tests in the worker, restarting it after a test that hangs or kills it. */
    private List<TestResult> run(List<String> loaderPath, List<String> testClasses, Printed output) {
        Map<String, Unit> plan = null;
        Map<String, TestResult> done = new LinkedHashMap<>();
        long lessonDeadline = System.currentTimeMillis() + limits.lessonTimeout().toMillis();
        try {
            while (plan == null || done.size() < plan.size()) {
                List<String> left = plan == null ? List.of()
                        : plan.keySet().stream().filter(id -> !done.containsKey(id)).toList();
                worker().send(new Request(loaderPath, testClasses, left, limits.testTimeout().toMillis()));
                Unit running = null;
                String fatal = null;
                long deadline = System.currentTimeMillis() + START_UP_MILLIS;
                while (true) {
                    long now = System.currentTimeMillis();
                    Optional<Event> next = worker.next(Math.min(deadline, lessonDeadline) - now);
                    if (next.isEmpty() || next.get() == WorkerProcess.EXITED) {
                        String how = next.isEmpty() ? null : fatal != null ? fatal : worker.howItEnded();
                        String errors = worker.errors();
                        output.strayLines += worker.takeStrayLines();
                        stopWorker();
                        if (plan == null) {
                            throw new IllegalStateException(next.isEmpty()
                                    ? "the test JVM did not answer within " + START_UP_MILLIS / 1000
                                            + " s, before it had found the tests" + errors
                                    : "the test JVM ended before it had found the tests"
                                            + (fatal != null ? " (" + fatal + ")" : "") + errors);
                        }
                        if (running == null) {
                            String why = how == null ? Messages.get("engine.didNotStart", START_UP_MILLIS / 1000) : how;
                            return failAll(plan, done, why, next.isEmpty() ? Outcome.TIMED_OUT : Outcome.CRASHED);
                        }
                        if (System.currentTimeMillis() >= lessonDeadline) {
                            return failAll(plan, done, Messages.get("engine.lessonOutOfTime",
                                    limits.lessonTimeout().toSeconds()), Outcome.TIMED_OUT);
                        }
                        done.put(running.id(), next.isEmpty()
                                ? result(running, Outcome.TIMED_OUT, Messages.get("engine.timedOut",
                                        seconds(running.timeoutMillis())))
                                : result(running, Outcome.CRASHED, Messages.get("engine.crashed", how)));
                        break;
                    }
                    Event event = next.get();
                    switch (event.type()) {
                        case "outOfMemory" -> fatal = Messages.get("engine.outOfMemory", limits.heapMegabytes());
                        case "plan" -> {
                            if (plan == null) {
                                plan = new LinkedHashMap<>();
                                for (Unit u : event.units()) {
                                    plan.put(u.id(), u);
                                }
                            }
                        }
                        case "started" -> {
                            running = plan.get(event.id());
                            deadline = System.currentTimeMillis() + (running == null ? START_UP_MILLIS
                                    : running.timeoutMillis());
                        }
                        case "finished" -> {
                            done.put(event.id(), event.result());
                            running = null;
                            deadline = System.currentTimeMillis() + START_UP_MILLIS;
                        }
                        case "done" -> {
                            output.text.append(event.output());
                            output.dropped += event.dropped() == null ? 0 : event.dropped();
                            output.strayLines += worker.takeStrayLines();
                            worker.killChildren();
                            if (Boolean.TRUE.equals(event.leftovers()) || ++gradingsOnWorker >= GRADINGS_PER_WORKER) {
                                stopWorker();
                            }
                            return failAll(plan, done, "did not run", Outcome.FAILED);
                        }
                        default -> { }
                    }
                }
            }
            return List.copyOf(done.values());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stopWorker();
            return failAll(plan, done, "grading was interrupted", Outcome.FAILED);
        }
    }

    /** The results so far, and the tests that have none yet failed with {@code why}. */
    private static List<TestResult> failAll(Map<String, Unit> plan, Map<String, TestResult> done, String why,
                                            Outcome outcome) {
        List<TestResult> all = new ArrayList<>(done.values());
        if (plan != null) {
            plan.values().stream().filter(u -> !done.containsKey(u.id())).forEach(u -> all.add(result(u, outcome, why)));
        }
        return all;
    }

    private static TestResult result(Unit unit, Outcome outcome, String message) {
        return new TestResult(unit.exercise(), unit.testClass(), unit.name(), outcome, message, false);
    }

    private WorkerProcess worker() {
        if (worker == null || !worker.alive()) {
            worker = WorkerProcess.start(limits, workDir, classpath);
            gradingsOnWorker = 0;
        }
        return worker;
    }

    private void stopWorker() {
        if (worker != null) {
            worker.close();
            worker = null;
        }
    }

    @Override
    public void close() {
        stopWorker();
        javac.close();
        Folders.delete(workDir);
        Folders.delete(kit.root());
        if (ownTests) {
            tests.close();
        }
    }

    private static Grade failed(KitLesson lesson, List<String> compileErrors, List<String> notes, String problem) {
        return new Grade(LessonScore.of(lesson.name(), lesson.manifest(), List.of(), List.of(problem)), compileErrors,
                notes, List.of(), "");
    }

    private static String relative(Path root, CompileError e) {
        Path file = e.file().startsWith(root) ? root.relativize(e.file()) : e.file().getFileName();
        return file.toString().replace(File.separatorChar, '/') + ":" + e.line() + ": " + e.message();
    }

    private static String seconds(long millis) {
        return millis % 1000 == 0 ? millis / 1000 + " s" : millis / 1000.0 + " s";
    }

    private Path newDirectory(String prefix) {
        try {
            return Files.createTempDirectory(workDir, prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
