package nncourse.grader;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nncourse.grader.JavaCompilation.CompileError;
import nncourse.grader.WorkerProtocol.Event;
import nncourse.grader.WorkerProtocol.Request;
import nncourse.grading.LessonScore;
import nncourse.grading.ResultCollector.Unit;
import nncourse.grading.TestResult;
import nncourse.grading.TestResult.Outcome;

/**
 * The one grading mechanism: compile a submission's lesson sources together with the lesson's public
 * and hidden tests (in this JVM), run them in a {@link Worker} JVM with a time limit per test, and add
 * up points per exercise. The worker is kept alive from one grading to the next, each submission in a
 * fresh class loader; a new one is started only after a test hangs, exits or crashes it, and the
 * tests not yet run are then run on the new one.
 */
public final class Engine implements AutoCloseable {

    private static final Pattern EXERCISE = Pattern.compile("@Exercise\\(\\s*\"([^\"]+)\"\\s*\\)");
    private static final long START_UP_MILLIS = 30_000;

    private final Limits limits;
    private final List<Path> classpath = Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
            .filter(s -> !s.isBlank()).map(s -> Path.of(s).toAbsolutePath()).toList();
    private final Path workDir;
    private WorkerProcess worker;

    public Engine(Limits limits) {
        this.limits = limits;
        try {
            this.workDir = Files.createTempDirectory("nn-grader-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Grades the lesson's sources found in {@code sources} (a {@code src/main/java} folder). */
    public Grade grade(KitLesson lesson, Path sources) {
        Path classes = newDirectory("classes");
        try {
            List<Path> main = JavaCompilation.sourcesIn(sources);
            if (main.isEmpty()) {
                return failed(lesson, List.of(), "no Java sources in " + sources);
            }
            List<CompileError> errors = JavaCompilation.compile(main, classpath, classes);
            if (!errors.isEmpty()) {
                List<String> shown = errors.stream().map(e -> "src/main/java/" + relative(sources, e)).toList();
                return failed(lesson, shown, "your code does not compile: " + shown.get(0));
            }
            List<TestResult> results = new ArrayList<>();
            List<String> testClasses = compileTests(lesson, classes, results);
            Set<String> hidden = new HashSet<>();
            JavaCompilation.sourcesIn(lesson.hiddenTests())
                    .forEach(f -> hidden.add(JavaCompilation.className(lesson.hiddenTests(), f)));
            List<String> loaderPath = new ArrayList<>(List.of(classes.toString()));
            lesson.resources().forEach(r -> loaderPath.add(r.toString()));
            StringBuilder output = new StringBuilder();
            try {
                run(loaderPath, testClasses, output)
                        .forEach(r -> results.add(hidden.contains(r.testClass()) ? r.asHidden() : r));
            } catch (IllegalStateException e) {
                return failed(lesson, List.of(), "the tests could not be run: " + e.getMessage());
            }
            return new Grade(LessonScore.of(lesson.name(), lesson.manifest(), results, List.of()), List.of(),
                    output.toString());
        } finally {
            delete(classes);
        }
    }

    /**
     * Compiles the public and hidden tests against the submission. A test file that does not compile
     * against it (a changed signature) is left out, and the exercises it grades get nothing.
     *
     * @return the names of the test classes that compiled
     */
    private List<String> compileTests(KitLesson lesson, Path classes, List<TestResult> results) {
        Map<Path, Path> rootOf = new LinkedHashMap<>();
        JavaCompilation.sourcesIn(lesson.publicTests()).forEach(f -> rootOf.put(f, lesson.publicTests()));
        JavaCompilation.sourcesIn(lesson.hiddenTests()).forEach(f -> rootOf.put(f, lesson.hiddenTests()));
        Set<Path> tests = new LinkedHashSet<>(rootOf.keySet());
        List<Path> compileClasspath = new ArrayList<>(classpath);
        compileClasspath.add(classes);
        while (!tests.isEmpty()) {
            List<CompileError> errors = JavaCompilation.compile(List.copyOf(tests), compileClasspath, classes);
            if (errors.isEmpty()) {
                break;
            }
            Set<Path> broken = new LinkedHashSet<>();
            errors.forEach(e -> broken.add(e.file()));
            if (!tests.removeAll(broken)) {
                broken.addAll(tests);
                tests.clear();
            }
            for (Path file : broken) {
                if (rootOf.containsKey(file)) {
                    boolean hidden = rootOf.get(file).equals(lesson.hiddenTests());
                    String why = errors.stream().filter(e -> e.file().equals(file)).findFirst()
                            .map(CompileError::message).orElse("it depends on a test that did not compile");
                    for (String exercise : exercisesNamedIn(file)) {
                        results.add(new TestResult(exercise, JavaCompilation.className(rootOf.get(file), file),
                                file.getFileName().toString(), Outcome.NOT_COMPILED,
                                "the " + (hidden ? "hidden" : "public") + " tests of " + exercise
                                        + " do not compile against your code — did a class or method signature change? "
                                        + "javac says: " + why.lines().findFirst().orElse(why), hidden));
                    }
                }
            }
        }
        return tests.stream().map(f -> JavaCompilation.className(rootOf.get(f), f)).toList();
    }

    /** Runs the tests in the worker, restarting it after a test that hangs or kills it. */
    private List<TestResult> run(List<String> loaderPath, List<String> testClasses, StringBuilder output) {
        Map<String, Unit> plan = null;
        Map<String, TestResult> done = new LinkedHashMap<>();
        long lessonDeadline = System.currentTimeMillis() + limits.lessonTimeout().toMillis();
        try {
            while (plan == null || done.size() < plan.size()) {
                List<String> left = plan == null ? List.of()
                        : plan.keySet().stream().filter(id -> !done.containsKey(id)).toList();
                worker().send(new Request(loaderPath, testClasses, left, limits.testTimeout().toMillis()));
                Unit running = null;
                long deadline = System.currentTimeMillis() + START_UP_MILLIS;
                while (true) {
                    long now = System.currentTimeMillis();
                    Optional<Event> next = worker.next(Math.min(deadline, lessonDeadline) - now);
                    if (next.isEmpty() || next.get() == WorkerProcess.EXITED) {
                        String how = next.isEmpty() ? null : worker.howItEnded();
                        String errors = worker.errors();
                        stopWorker();
                        if (plan == null) {
                            throw new IllegalStateException("the test JVM " + (how == null
                                    ? "did not answer within " + START_UP_MILLIS / 1000 + " s" : how)
                                    + " before it had found the tests" + errors);
                        }
                        if (running == null) {
                            String why = how == null ? "the tests did not start within "
                                    + START_UP_MILLIS / 1000 + " s (a static initializer that never ends?)"
                                    : "the JVM running the tests " + how + " between two tests";
                            return failAll(plan, done, why, next.isEmpty() ? Outcome.TIMED_OUT : Outcome.CRASHED);
                        }
                        if (System.currentTimeMillis() >= lessonDeadline) {
                            return failAll(plan, done, "the lesson's tests ran out of time (" 
                                    + limits.lessonTimeout().toSeconds() + " s in all)", Outcome.TIMED_OUT);
                        }
                        done.put(running.id(), next.isEmpty()
                                ? result(running, Outcome.TIMED_OUT, "did not finish within "
                                        + seconds(running.timeoutMillis()) + " — is a loop bound right, or is it waiting forever?")
                                : result(running, Outcome.CRASHED, "the JVM running the tests " + how
                                        + " during this test; the tests after it were still run"));
                        break;
                    }
                    Event event = next.get();
                    switch (event.type()) {
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
                            output.append(event.output());
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
        delete(workDir);
    }

    private Grade failed(KitLesson lesson, List<String> compileErrors, String problem) {
        return new Grade(LessonScore.of(lesson.name(), lesson.manifest(), List.of(), List.of(problem)), compileErrors, "");
    }

    private static List<String> exercisesNamedIn(Path file) {
        try {
            Matcher m = EXERCISE.matcher(Files.readString(file, StandardCharsets.UTF_8));
            Set<String> ids = new LinkedHashSet<>();
            while (m.find()) {
                ids.add(m.group(1));
            }
            return List.copyOf(ids);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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

    private static void delete(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            // A temporary folder left behind is not worth failing a grade for.
        }
    }
}
