package nncourse.learner;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.platform.engine.FilterResult;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.PostDiscoveryFilter;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * The notebooks' check: {@code check("1.3")} runs the public tests of exercise 1.3 against the
 * learner's compiled code, inside the notebook's Java kernel, and shows a small pass/fail table —
 * what Otter-Grader's {@code grader.check} gives Python learners.
 *
 * <p>The notebook's shared {@code setup.jsh} makes one of these with the class loader that sees the
 * notebook's {@code %classpath} (the learner's {@code lesson-0N-…/target/classes}, or the teacher's
 * compiled solutions). Each check loads the lesson's compiled public tests
 * ({@code lesson-0N-…/target/test-classes}) in a fresh class loader on top of it, so it always runs
 * the tests as {@code ./mvnw test} last compiled them, against the very classes the notebook plots.
 * Points, titles, hints and {@code TODO} files come from the lesson's {@code exercises.properties},
 * like the scoreboard's; what it says comes from {@link Messages}, in Korean when the locale is.
 *
 * <p>The charts of a notebook draw the learner's code even when it fails its tests: {@link #yours},
 * {@link #reference} and {@link #cannotDraw} label the learner's curve beside the reference's. A
 * kernel runs the public tests of an exercise once: the classes it checks cannot change until it
 * restarts.
 */
public final class NotebookCheck {

    /** An infinite loop in the learner's code fails its test after this long instead of hanging the kernel. */
    private static final String TEST_TIMEOUT = "10 s";

    private final Path kit;
    private final ClassLoader code;
    /** When the notebook's kernel set up: classes compiled later are not the ones it runs. */
    private final FileTime started = FileTime.from(Instant.now());
    /** The results of the exercises run so far, by exercise: the kernel's classes do not change. */
    private final Map<String, List<TestResult>> ran = new HashMap<>();

    private NotebookCheck(Path kit, ClassLoader code) {
        this.kit = kit;
        this.code = code;
    }

    /**
     * Prepares the checks of a notebook.
     *
     * @param code the class loader that sees the lesson classes the notebook plots: in JShell, the
     *             loader of any snippet, e.g. {@code MethodHandles.lookup().lookupClass().getClassLoader()}
     * @return the checks of the kit this learner belongs to
     */
    public static NotebookCheck forNotebook(ClassLoader code) {
        return new NotebookCheck(findKit(), code);
    }

    /**
     * One line per lesson: whose classes the notebook plots (the learner's, the reference solutions,
     * or none yet) and whether the sources changed after they were compiled.
     */
    public String status() {
        StringBuilder s = new StringBuilder(Messages.get("notebook.ready")).append('\n');
        for (Lessons.Found lesson : Lessons.find(kit)) {
            Optional<Path> classes = classesOf(lesson);
            String whose = classes
                    .map(c -> Messages.get(c.startsWith(kit.resolve("solutions")) ? "notebook.whose.reference"
                            : "notebook.whose.yours"))
                    .orElse(Messages.get("notebook.whose.notCompiled"));
            String where = classes.map(c -> KitPath.of(kit, c))
                    .orElse(Messages.get("notebook.compileFirst"));
            s.append(String.format("  %-31s %-20s %s%n", lesson.name(), whose, where));
            classes.filter(NotebookCheck::changedSinceCompiled).ifPresent(c -> s.append(String.format(
                    "  %-31s %-20s %s%n", "", "", Messages.get("notebook.sourcesChangedSince"))));
        }
        return s.toString();
    }

    /**
     * Runs the public tests of the given exercises against the notebook's classes.
     *
     * @param exercises exercise numbers such as {@code "1.3"}, or a lesson number such as {@code "1"}
     *                  for all its exercises
     * @return the results, shown by a notebook as a table
     * @throws IllegalArgumentException if no lesson of the kit has such an exercise
     * @throws NotDoneYet               if the lesson is not compiled: the cells below cannot run
     */
    public Report check(String... exercises) {
        if (exercises.length == 0) {
            throw new IllegalArgumentException(Messages.get("notebook.nameExercises"));
        }
        Lessons.Found lesson = lessonOf(exercises[0]);
        List<ExerciseInfo> infos = expand(lesson, exercises);
        Optional<Path> classes = classesOf(lesson);
        Path testClasses = lesson.dir().resolve("target/test-classes");
        if (classes.isEmpty() || !Files.isDirectory(testClasses)) {
            throw new NotDoneYet(Messages.get("notebook.notCompiled", lesson.name()));
        }
        List<String> notes = new ArrayList<>();
        if (changedSinceCompiled(classes.get())) {
            notes.add(Messages.get("notebook.sourcesChanged"));
        } else if (FileTimes.newest(classes.get(), ".class").compareTo(started) > 0) {
            notes.add(Messages.get("notebook.compiledAgain"));
        }
        List<ExerciseInfo> notRunYet = infos.stream().filter(e -> !ran.containsKey(e.id())).toList();
        if (!notRunYet.isEmpty()) {
            List<TestResult> results = run(testClasses, notRunYet);
            notRunYet.forEach(e -> ran.put(e.id(), results.stream().filter(r -> r.exercise().equals(e.id())).toList()));
        }
        List<ExerciseScore> scores = infos.stream().map(e -> new ExerciseScore(e, ran.get(e.id()))).toList();
        return new Report(lesson, scores, notes);
    }

    /**
     * How a chart's legend names the learner's curve that these exercises draw: {@code null} when all of
     * them pass their public tests (the chart then names it plainly), else e.g. "your σ(z) (fails 2 of 4
     * tests)", to draw beside the {@link #reference}.
     *
     * @param name      what the curve is, e.g. {@code σ(z)}
     * @param exercises the exercises whose code draws it
     */
    public String yours(String name, String... exercises) {
        List<ExerciseScore> scores = check(exercises).exercises();
        long failing = scores.stream().mapToLong(e -> e.total() - e.passed()).sum();
        if (scores.stream().allMatch(ExerciseScore::complete)) {
            return null;
        }
        return Messages.get("notebook.yours", name, failing, scores.stream().mapToInt(ExerciseScore::total).sum());
    }

    /**
     * How a chart's legend names the reference's curve, computed in the notebook from the formula:
     * "σ(z), reference".
     */
    public String reference(String name) {
        return Messages.get("notebook.reference", name);
    }

    /**
     * One line for a chart that cannot draw the learner's curve because their code throws (a {@code TODO}
     * not done yet, for one): what it threw, and that the chart draws the reference in its place.
     */
    public String cannotDraw(Throwable thrown) {
        String message = String.valueOf(thrown.getMessage()).replaceAll("\\s*\\R\\s*", " ");
        return Messages.get("notebook.cannotDraw", thrown.getClass().getSimpleName(), message);
    }

    /**
     * Runs the public tests of the given exercises, and stops the notebook, with the {@code TODO} to do
     * first, unless all of them pass. A notebook calls it before the cells that use these exercises.
     *
     * @return the results, all passing
     * @throws NotDoneYet naming the first exercise that does not pass yet, after printing the table
     */
    public Report requireDone(String... exercises) {
        Report report = check(exercises);
        Optional<ExerciseScore> first = report.exercises().stream().filter(e -> !e.complete()).findFirst();
        if (first.isEmpty()) {
            return report;
        }
        System.out.print(report);
        System.out.flush();
        ExerciseScore e = first.get();
        String what = e.untouched() ? Messages.get("notebook.doFirst", e.info().id())
                : Messages.get("notebook.finishFirst", e.info().id(), e.passed(), e.total());
        throw new NotDoneYet(Messages.get("notebook.stop", what, e.info().title(),
                todoLocation(report.lesson(), e.info())));
    }

    /** Where the learner writes an exercise, e.g. {@code lesson-01-…/src/main/java/…/Sigmoid.java:26}. */
    private String todoLocation(Lessons.Found lesson, ExerciseInfo e) {
        return lesson.name() + "/" + e.file() + e.todoLine(lesson.dir()).map(n -> ":" + n).orElse("");
    }

    /** Runs the public tests of these exercises in a fresh class loader over the notebook's classes. */
    private List<TestResult> run(Path testClasses, List<ExerciseInfo> infos) {
        Set<String> ids = new LinkedHashSet<>();
        infos.forEach(e -> ids.add(e.id()));
        List<TestResult> results = new ArrayList<>();
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        try (URLClassLoader tests = new URLClassLoader(new URL[] {testClasses.toUri().toURL()}, code)) {
            thread.setContextClassLoader(tests);
            LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                    .selectors(topLevelClasses(testClasses).stream()
                            .map(name -> selectClass(load(tests, name))).toList())
                    .filters(exercisesFilter(ids))
                    .configurationParameter("junit.jupiter.execution.timeout.default", TEST_TIMEOUT)
                    .configurationParameter("junit.jupiter.execution.timeout.thread.mode.default", "SEPARATE_THREAD")
                    .build();
            // Not the scoreboard's listener: a check in a notebook records nothing on disk.
            LauncherConfig config = LauncherConfig.builder().enableTestExecutionListenerAutoRegistration(false).build();
            LauncherFactory.create(config).execute(request,
                    new ResultCollector(unit -> { }, (id, result) -> results.add(result)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            thread.setContextClassLoader(previous);
        }
        return results;
    }

    /** Keeps the tests, plain or parameterized, whose {@link Exercise} is one of {@code ids}. */
    private static PostDiscoveryFilter exercisesFilter(Set<String> ids) {
        return descriptor -> descriptor.getSource()
                .filter(MethodSource.class::isInstance)
                .map(MethodSource.class::cast)
                .map(source -> ResultCollector.exerciseOf(source.getJavaMethod(), source.getJavaClass()).orElse("?"))
                .map(id -> FilterResult.includedIf(ids.contains(id), () -> "grades " + id, () -> "grades " + id))
                .orElseGet(() -> FilterResult.included("not a test method"));
    }

    private static Class<?> load(ClassLoader loader, String name) {
        try {
            return Class.forName(name, false, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            throw new IllegalStateException(Messages.get("notebook.cannotLoadTest", name, e), e);
        }
    }

    /** {@code nncourse/lesson01/SigmoidTest.class} → {@code nncourse.lesson01.SigmoidTest}; nested classes left out. */
    private static List<String> topLevelClasses(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.map(root::relativize).map(Path::toString)
                    .filter(f -> f.endsWith(".class") && !f.contains("$"))
                    .map(f -> f.substring(0, f.length() - ".class".length()).replace(File.separatorChar, '.'))
                    .sorted().toList();
        }
    }

    private Lessons.Found lessonOf(String exercise) {
        String lessonNumber = exercise.contains(".") ? exercise.substring(0, exercise.indexOf('.')) : exercise;
        return Lessons.find(kit).stream()
                .filter(l -> l.manifest().exercises().stream().anyMatch(e -> e.id().startsWith(lessonNumber + ".")))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(Messages.get("notebook.noLesson", kit, exercise)));
    }

    /** The exercises named, in the lesson's order; a lesson number such as "1" names all of the lesson's. */
    private static List<ExerciseInfo> expand(Lessons.Found lesson, String... exercises) {
        Set<String> wanted = new LinkedHashSet<>(Arrays.asList(exercises));
        for (String id : wanted) {
            boolean known = lesson.manifest().exercises().stream()
                    .anyMatch(e -> e.id().equals(id) || e.id().startsWith(id + "."));
            if (!known) {
                throw new IllegalArgumentException(Messages.get("notebook.noExercise", id, lesson.name(),
                        lesson.manifest().exercises().stream().map(ExerciseInfo::id).toList()));
            }
        }
        return lesson.manifest().exercises().stream()
                .filter(e -> wanted.contains(e.id()) || wanted.stream().anyMatch(id -> e.id().startsWith(id + ".")))
                .toList();
    }

    /**
     * The folder the notebook loads a lesson's classes from, found through the class of its first
     * exercise: {@code lesson-0N-…/target/classes}, or {@code solutions/lesson-0N-…/target/classes}.
     */
    private Optional<Path> classesOf(Lessons.Found lesson) {
        if (lesson.manifest().exercises().isEmpty()) {
            return Optional.empty();
        }
        String resource = lesson.manifest().exercises().get(0).file()
                .replaceFirst("^src/main/java/", "").replaceFirst("\\.java$", ".class");
        URL url = code.getResource(resource);
        if (url == null || !"file".equals(url.getProtocol())) {
            return Optional.empty();
        }
        Path root = toPath(url);
        for (int i = 0; i < resource.split("/").length; i++) {
            root = root.getParent();
        }
        return Optional.of(root);
    }

    /** True when a source below {@code X/src/main/java} is newer than every class in {@code X/target/classes}. */
    private static boolean changedSinceCompiled(Path classes) {
        Path sources = classes.getParent().getParent().resolve("src/main/java");
        return FileTimes.newest(sources, ".java").compareTo(FileTimes.newest(classes, ".class")) > 0;
    }

    /** The kit root: the folder that holds this learner ({@code learner/target/classes} or its jar). */
    private static Path findKit() {
        try {
            Path at = Path.of(NotebookCheck.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                    .normalize();
            for (Path dir = at; dir != null; dir = dir.getParent()) {
                if (dir.getFileName() != null && dir.getFileName().toString().equals("learner")
                        && Files.isDirectory(dir.resolveSibling("notebooks"))) {
                    return dir.getParent();
                }
            }
        } catch (URISyntaxException | RuntimeException e) {
            // Fall back to the working directory below.
        }
        // A notebook's kernel works in notebooks/, inside the kit.
        return Path.of("..").toAbsolutePath().normalize();
    }

    private static Path toPath(URL url) {
        try {
            return Path.of(url.toURI()).toAbsolutePath().normalize();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The results of a check, shown by a notebook as a table (its {@link #toString()}): per exercise
     * the tests that pass and fail, each failure's message, and the hint.
     *
     * @param lesson    the lesson checked
     * @param exercises the exercises checked, with their results
     * @param notes     what the learner should know first, e.g. that the sources changed since they were compiled
     */
    public record Report(Lessons.Found lesson, List<ExerciseScore> exercises, List<String> notes) {

        public Report {
            exercises = List.copyOf(exercises);
            notes = List.copyOf(notes);
        }

        /** True when every test of every exercise checked passes. */
        public boolean passed() {
            return !exercises.isEmpty() && exercises.stream().allMatch(ExerciseScore::complete);
        }

        @Override
        public String toString() {
            StringBuilder s = new StringBuilder();
            notes.forEach(n -> s.append("! ").append(n).append('\n'));
            for (ExerciseScore e : exercises) {
                String mark = e.complete() ? "✔" : e.untouched() ? "·" : "✘";
                String state = e.total() == 0 ? Messages.get("notebook.noPublicTests")
                        : e.untouched() ? Messages.get("notebook.notStarted", e.info().id())
                        : Messages.get("notebook.testsPass", e.passed(), e.total());
                s.append(String.format("%s %-4s %-36s %s%n", mark, e.info().id(), e.info().title(), state));
                if (e.untouched() || e.total() == 0) {
                    continue;
                }
                for (TestResult r : e.results()) {
                    s.append(String.format("       %s %s%n", r.passed() ? "✔" : "✘", shortName(r.name())));
                    if (!r.passed()) {
                        s.append("           ").append(r.message().replace("\n", "\n           ")).append('\n');
                    }
                }
                if (!e.complete()) {
                    s.append("       ").append(Messages.get("notebook.hint", e.info().hint())).append('\n');
                }
            }
            return s.toString();
        }

        /**
         * "1.1 sigmoid σ(z) = … › at z = 0 is exactly 0.5" → "at z = 0 is exactly 0.5": the exercise line
         * names the class.
         */
        private static String shortName(String name) {
            int cut = name.indexOf(" › ");
            return cut < 0 ? name : name.substring(cut + " › ".length());
        }
    }
}
