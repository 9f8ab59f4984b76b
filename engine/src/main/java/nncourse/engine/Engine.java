package nncourse.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nncourse.engine.LessonTests.KitDoesNotCompile;
import nncourse.engine.WorkerProtocol.Load;
import nncourse.learner.ExerciseInfo;
import nncourse.learner.ExerciseScore;
import nncourse.learner.LessonScore;
import nncourse.learner.Messages;
import nncourse.learner.TestResult;
import nncourse.learner.TestResult.Outcome;

/**
 * The one grading mechanism. A submission's lesson is laid out ({@link SubmittedSources}), the files that
 * differ from the stubs are compiled under limits ({@link Javac}), and the classes javac writes are
 * admitted or refused ({@link Build}, with the learner's {@code Admission} check); then the lesson's
 * public and hidden tests run on them in a {@link Worker} JVM, a test at a time with a time limit each
 * ({@link TestSession}), and points are added up per exercise. The tests are compiled once ({@link LessonTests}).
 * The worker is kept alive from one grading to the next, each submission in fresh class loaders; a new one
 * is started after a test hangs, exits or crashes it, after a grading leaves a thread alive, and after any
 * failure of the engine itself — so nothing of one grading reaches the next.
 */
public final class Engine implements AutoCloseable {

    /** A worker is replaced after this many gradings, so that what submissions leave behind stays bounded. */
    private static final int GRADINGS_PER_WORKER = 100;

    private final Limits limits;
    private final boolean admitting;
    private final LessonTests tests;
    private final boolean ownTests;
    private final Path workDir;
    private final Javac javac;
    private final Map<String, TestSession.Run> stubRuns = new HashMap<>();
    private final Set<String> loaded = new HashSet<>();
    private WorkerProcess worker;
    private Path workerDir;
    private int gradingsOnWorker;
    private long requests;

    /** An engine that compiles the lessons' tests itself, when it first grades each lesson. */
    public Engine(Limits limits) {
        this(limits, new LessonTests(), true, true);
    }

    /** An engine that shares compiled tests with other engines; closing it leaves them to their owner. */
    public Engine(Limits limits, LessonTests tests) {
        this(limits, tests, false, true);
    }

    /**
     * An engine that runs whatever compiles, without the admission check: only for the engine's own tests,
     * which show that the worker confines code the check would have refused.
     */
    static Engine unadmitted(Limits limits) {
        return new Engine(limits, new LessonTests(), true, false);
    }

    private Engine(Limits limits, LessonTests tests, boolean ownTests, boolean admitting) {
        this.limits = limits;
        this.admitting = admitting;
        this.tests = tests;
        this.ownTests = ownTests;
        this.javac = new Javac(tests.classpath());
        try {
            this.workDir = Files.createTempDirectory("nn-grader-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts the worker and javac's JVM now rather than at the first grading, so that they boot meanwhile. */
    public void startWorker() {
        javac.start();
        worker();
    }

    /**
     * Grades the lesson's sources found in {@code sources} (a {@code src/main/java} folder) with its public
     * and hidden tests. Whatever goes wrong costs this lesson of this submission only.
     */
    public Grade grade(KitLesson lesson, Path sources) {
        LessonTests.Compiled compiled;
        try {
            compiled = tests.of(lesson);
        } catch (KitDoesNotCompile e) {
            return Grade.notGraded(lesson, e.getMessage(), List.of(), List.of());
        }
        Path src = newDirectory("src");
        Path classes = newDirectory("classes");
        try {
            SubmittedSources.Prepared prepared = SubmittedSources.prepare(lesson, sources, src);
            Build build = Build.of(lesson, compiled, src, classes, javac, tests.classpath(), limits.compileTimeout(),
                    admitting);
            List<String> notes = new ArrayList<>(prepared.notes());
            notes.addAll(build.notes());
            List<String> stubbed = new ArrayList<>(prepared.stubbed());
            stubbed.addAll(build.stubbed());
            if (build.failed()) {
                return Grade.notGraded(lesson, Messages.get("engine.doesNotCompile", build.errors().get(0)),
                        build.errors(), notes);
            }
            TestSession.Run run = build.stubsOnly() ? stubsRun(lesson, compiled)
                    : oneChargeEach(lesson, compiled, src, stubbed, runTests(compiled.load(), false, build.classes(),
                            compiled.testClasses(), compiled.hiddenClasses(), List.of()), notes);
            return graded(lesson, run, build.errors(), notes, stubbed);
        } catch (TestSession.NotStarted e) {
            return Grade.notGraded(lesson, Messages.get("engine.notRun", e.getMessage()), List.of(), List.of());
        } catch (RuntimeException e) {
            stopWorker();
            return Grade.notGraded(lesson, Messages.get("engine.failed",
                    e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()), List.of(), List.of());
        } finally {
            Folders.delete(src);
            Folders.delete(classes);
        }
    }

    /**
     * The tests run on the lesson's stubs alone, as every submission that leaves the lesson untouched (or
     * whose every changed file fails to compile) is graded: run once by this engine, then remembered.
     */
    private TestSession.Run stubsRun(KitLesson lesson, LessonTests.Compiled compiled) {
        TestSession.Run run = stubRuns.get(lesson.name());
        if (run == null) {
            run = runTests(compiled.load(), false, Map.of(), compiled.testClasses(), compiled.hiddenClasses(),
                    List.of());
            if (run.results().stream().noneMatch(r -> r.outcome() == Outcome.CRASHED
                    || r.outcome() == Outcome.TIMED_OUT)) {
                stubRuns.put(lesson.name(), run);
            }
        }
        return run;
    }

    /**
     * The learner's own check, as the watch mode runs it: the lesson's sources and public tests as they
     * are in its folder, compiled together and admitted, then the public tests run. A compile error is
     * reported as it is; no stub takes a broken file's place. The classes and resources are written where
     * {@code ./mvnw test} writes them ({@code target/classes}, {@code target/test-classes}), so that the
     * notebooks and the learner's own {@code main} run the code just checked.
     */
    public Grade check(KitLesson lesson) {
        Path classes = lesson.dir().resolve("target/classes");
        Path testClasses = lesson.dir().resolve("target/test-classes");
        try {
            Folders.delete(classes);
            Folders.delete(testClasses);
            Build.Checked checked = Build.check(lesson, classes, testClasses, javac, tests.classpath(),
                    limits.compileTimeout());
            for (Path resources : lesson.mainResources()) {
                Folders.copy(resources, classes);
            }
            Folders.copy(lesson.dir().resolve("src/test/resources"), testClasses);
            if (!checked.errors().isEmpty()) {
                return Grade.notGraded(lesson, Messages.get("engine.doesNotCompile", checked.errors().get(0)),
                        checked.errors(), List.of());
            }
            Load load = new Load("check:" + lesson.name(), checked.classes(), checked.resources(),
                    checked.testClasses(), checked.testResources());
            return graded(lesson, runTests(load, true, Map.of(), checked.testClassNames(), Set.of(), List.of()),
                    List.of(), List.of(), List.of());
        } catch (IOException e) {
            return Grade.notGraded(lesson, Messages.get("engine.failed", String.valueOf(e.getMessage())), List.of(),
                    List.of());
        } catch (TestSession.NotStarted e) {
            return Grade.notGraded(lesson, Messages.get("engine.notRun", e.getMessage()), List.of(), List.of());
        } catch (RuntimeException e) {
            stopWorker();
            return Grade.notGraded(lesson, Messages.get("engine.failed", String.valueOf(e.getMessage())), List.of(),
                    List.of());
        }
    }

    /**
     * One mistake, one charge: an exercise whose tests fail while other exercises of the lesson fail too is
     * graded again with the kit's reference for those others ({@link ReferencePieces}), and keeps the better
     * score, so that a mistake in code it calls — directly or through given code — costs it nothing. An
     * exercise not begun, or whose file was left out, is not graded again: that is its own mistake.
     *
     * <p>First the begun exercises are graded together with the reference for the failing ones not begun
     * (or left out): one more run, which settles a partial or broken submission. Only an exercise that still
     * fails while another begun one fails too is graded again on its own, with the reference for all others.
     */
    private TestSession.Run oneChargeEach(KitLesson lesson, LessonTests.Compiled compiled, Path src,
                                          List<String> stubbed, TestSession.Run run, List<String> notes) {
        List<ExerciseScore> failing = scores(lesson, run.results()).stream().filter(e -> !e.complete()).toList();
        if (failing.size() < 2 || !Files.isDirectory(lesson.solutionSources())) {
            return run;
        }
        List<ExerciseScore> begun = failing.stream().filter(e -> e.total() > 0 && !e.untouched()
                && !stubbed.contains(e.info().file().replaceFirst("^src/main/java/", ""))).toList();
        List<ExerciseInfo> notBegun = failing.stream().filter(e -> !begun.contains(e)).map(ExerciseScore::info)
                .toList();
        Map<String, TestResult> byUnit = new LinkedHashMap<>();
        for (int i = 0; i < run.units().size(); i++) {
            byUnit.put(run.units().get(i), run.results().get(i));
        }
        List<ExerciseScore> stillFailing = begun;
        if (!begun.isEmpty() && !notBegun.isEmpty()) {
            List<String> units = begun.stream().flatMap(e -> run.unitsOf(e.info().id()).stream()).toList();
            withReference(lesson, compiled, src, stubbed, begun.stream().map(ExerciseScore::info).toList(), notBegun,
                    units).ifPresent(again -> keepBetter(begun, notBegun, again, byUnit, notes));
            stillFailing = scores(lesson, List.copyOf(byUnit.values())).stream()
                    .filter(e -> !e.complete() && begun.stream().anyMatch(b -> b.info().equals(e.info()))).toList();
        }
        if (stillFailing.size() >= 2) {
            for (ExerciseScore e : stillFailing) {
                List<ExerciseInfo> others = failing.stream().filter(o -> !o.info().equals(e.info()))
                        .map(ExerciseScore::info).toList();
                withReference(lesson, compiled, src, stubbed, List.of(e.info()), others, run.unitsOf(e.info().id()))
                        .ifPresent(again -> keepBetter(List.of(e), others, again, byUnit, notes));
            }
        }
        return new TestSession.Run(List.copyOf(byUnit.values()), List.copyOf(byUnit.keySet()), run.output(),
                run.dropped(), run.strayLines(), run.leftovers());
    }

    private List<ExerciseScore> scores(KitLesson lesson, List<TestResult> results) {
        return LessonScore.of(lesson.name(), lesson.manifest(), results, List.of()).exercises();
    }

    /** Takes, of each exercise {@code graded}, the results of the run {@code again} where they score better. */
    private static void keepBetter(List<ExerciseScore> graded, List<ExerciseInfo> replaced, TestSession.Run again,
                                   Map<String, TestResult> byUnit, List<String> notes) {
        for (ExerciseScore e : graded) {
            ExerciseScore before = new ExerciseScore(e.info(), byUnit.values().stream()
                    .filter(r -> r.exercise().equals(e.info().id())).toList());
            ExerciseScore regraded = new ExerciseScore(e.info(), again.results().stream()
                    .filter(r -> r.exercise().equals(e.info().id())).toList());
            if (regraded.total() == before.total() && regraded.score() > before.score() + 1e-9) {
                for (int i = 0; i < again.units().size(); i++) {
                    if (again.results().get(i).exercise().equals(e.info().id())) {
                        byUnit.replace(again.units().get(i), again.results().get(i));
                    }
                }
                notes.add(Messages.get("engine.gradedWithReference", e.info().id() + " " + e.info().title(),
                        String.join(", ", replaced.stream().map(o -> o.id() + " " + o.title()).toList())));
            }
        }
    }

    /** The graded tests {@code units} run on the submission with the kit's reference for {@code others}. */
    private Optional<TestSession.Run> withReference(KitLesson lesson, LessonTests.Compiled compiled, Path src,
                                                    List<String> stubbed, List<ExerciseInfo> kept,
                                                    List<ExerciseInfo> others, List<String> units) {
        Path variant = newDirectory("reference-src");
        Path classes = newDirectory("reference-classes");
        try {
            if (units.isEmpty() || !ReferencePieces.write(lesson, src, stubbed, kept, others, variant)) {
                return Optional.empty();
            }
            Build build = Build.of(lesson, compiled, variant, classes, javac, tests.classpath(),
                    limits.compileTimeout(), admitting);
            if (build.kind() != Build.Kind.COMPILED) {
                return Optional.empty();
            }
            return Optional.of(runTests(compiled.load(), false, build.classes(), compiled.testClasses(),
                    compiled.hiddenClasses(), units));
        } finally {
            Folders.delete(variant);
            Folders.delete(classes);
        }
    }

    /** Runs the tests in the worker, loading the lesson there first when it is new to it (or {@code reload}). */
    private TestSession.Run runTests(Load lesson, boolean reload, Map<String, byte[]> classes, List<String> testClasses,
                                     Set<String> hiddenClasses, List<String> only) {
        TestSession session = new TestSession(limits, this::worker, this::stopWorker, () -> ++requests);
        TestSession.Run run = session.run(worker -> {
            if (reload || loaded.add(lesson.lesson())) {
                worker.send(lesson);
            }
        }, lesson.lesson(), classes, testClasses, only);
        if (run.leftovers() || ++gradingsOnWorker >= GRADINGS_PER_WORKER) {
            stopWorker();
        }
        return run.hiding(hiddenClasses);
    }

    private static Grade graded(KitLesson lesson, TestSession.Run run, List<String> compileErrors, List<String> notes,
                                List<String> stubbed) {
        List<String> allNotes = new ArrayList<>(notes);
        if (run.dropped() > 0) {
            allNotes.add(Messages.get("engine.outputCapped", bytes(Worker.OUTPUT_CAP + run.dropped()),
                    bytes(Worker.OUTPUT_CAP)));
        }
        if (run.strayLines() > 0) {
            allNotes.add(Messages.get("engine.strayLines", run.strayLines()));
        }
        List<TestResult> results = run.results();
        return new Grade(LessonScore.of(lesson.name(), lesson.manifest(), results, List.of()), compileErrors,
                allNotes, stubbed, run.output());
    }

    /** 16 KB, 3.2 MB: a size as a learner reads it. */
    private static String bytes(long n) {
        return n < 1024 * 1024 ? Math.round(n / 1024.0) + " KB"
                : String.format(Locale.ROOT, "%.1f MB", n / (1024.0 * 1024));
    }

    /** The worker, started (in a folder of its own) when there is none or it has ended. */
    private WorkerProcess worker() {
        if (worker == null || !worker.alive()) {
            stopWorker();
            try {
                // Not below this engine's own folder: the worker may run as a user who cannot enter that.
                workerDir = Files.createTempDirectory("nn-worker-");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            worker = WorkerProcess.start(limits, workerDir, tests.classpath());
            gradingsOnWorker = 0;
        }
        return worker;
    }

    private void stopWorker() {
        if (worker != null) {
            worker.close();
            worker = null;
        }
        loaded.clear();
        Folders.delete(workerDir);
        workerDir = null;
    }

    @Override
    public void close() {
        stopWorker();
        javac.close();
        Folders.delete(workDir);
        if (ownTests) {
            tests.close();
        }
    }

    private Path newDirectory(String prefix) {
        try {
            return Files.createTempDirectory(workDir, prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
