package nncourse.learner;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.platform.launcher.TestPlan;

/**
 * The learner's own build of a lesson: records its test results for the scoreboard's total, in
 * {@code target/scoreboard/results.json} of the lesson, and prints the lesson's board as soon as its tests
 * have run. It is found by the JUnit Platform through {@code META-INF/services}, and acts only where the
 * system property {@value #LESSON} names the lesson's folder, as the lessons' Surefire does.
 */
public class ScoreboardListener extends ResultCollector {

    /** The system property that names the lesson under test: its folder. */
    public static final String LESSON = "nncourse.lesson";

    /** Where a lesson's results are written, relative to the lesson folder. */
    public static final String RESULTS = "target/scoreboard/results.json";

    /** Where the learner's build compiles a lesson's classes, relative to the lesson folder. */
    static final String CLASSES = "target/classes";

    /** All results of this JVM: Surefire may run a module's classes as several test plans. */
    private static final List<TestResult> RESULTS_OF_THIS_RUN = new ArrayList<>();

    /** When the tests began: the results are dated so, so that a file saved while they ran makes them stale. */
    private static FileTime started;
    /** The lesson's files when the tests began. */
    private static String fingerprint;

    public ScoreboardListener() {
        super(unit -> { }, (id, result) -> RESULTS_OF_THIS_RUN.add(result));
    }

    @Override
    public void testPlanExecutionStarted(TestPlan testPlan) {
        super.testPlanExecutionStarted(testPlan);
        if (started == null) {
            started = FileTime.from(Instant.now());
            lesson().ifPresent(dir -> fingerprint = Fingerprint.of(dir));
        }
    }

    /** The lesson the learner's build is testing, if this JVM is that build's. */
    static Optional<Path> lesson() {
        String folder = System.getProperty(LESSON);
        return folder == null || folder.isBlank() ? Optional.empty() : Optional.of(Path.of(folder).toAbsolutePath());
    }

    /**
     * Whether the build chose some tests only ({@code -Dtest=…}, {@code -Dgroups=…}): Surefire passes the
     * choice on.
     */
    private static boolean selected() {
        String selected = System.getProperty("nncourse.selected", "");
        return !selected.replaceAll("\\$\\{[^}]*}|null", "").isBlank();
    }

    @Override
    public void testPlanExecutionFinished(TestPlan testPlan) {
        Optional<Path> lesson = lesson();
        Optional<Manifest> manifest = lesson
                .flatMap(l -> Manifest.onClassPath(Thread.currentThread().getContextClassLoader()));
        if (manifest.isEmpty()) {
            return;
        }
        Path dir = lesson.get();
        try {
            LessonScore score = LessonScore.of(dir.getFileName().toString(), manifest.get(), RESULTS_OF_THIS_RUN,
                    List.of());
            write(dir.resolve(RESULTS), RESULTS_OF_THIS_RUN);
            // Results of some tests only must not stand for the lesson: dated at the epoch, they are stale.
            boolean whole = !selected() && score.exercises().stream().allMatch(e -> e.total() > 0);
            Files.setLastModifiedTime(dir.resolve(RESULTS), whole ? started : FileTime.fromMillis(0));
            Fingerprint.record(dir, whole && fingerprint != null ? fingerprint : "");
            PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
            out.print(Scoreboard.lessonBoard(score, dir.getParent()));
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the lesson's results in " + dir.resolve(RESULTS), e);
        }
    }

    /** The class files below {@code root}, by internal name. */
    static Map<String, byte[]> classes(Path root) throws IOException {
        Map<String, byte[]> classes = new HashMap<>();
        if (Files.isDirectory(root)) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path f : files.filter(f -> f.toString().endsWith(".class") && Files.isRegularFile(f)).toList()) {
                    String name = KitPath.of(root, f);
                    classes.put(name.substring(0, name.length() - ".class".length()), Files.readAllBytes(f));
                }
            }
        }
        return classes;
    }

    private static void write(Path file, Object value) {
        try {
            Files.createDirectories(file.getParent());
            new ObjectMapper().writerWithDefaultPrettyPrinter().writeValue(file.toFile(), value);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the scoreboard's results to " + file.toAbsolutePath(), e);
        }
    }
}
