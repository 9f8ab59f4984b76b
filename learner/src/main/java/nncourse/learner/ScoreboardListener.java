package nncourse.learner;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.platform.launcher.TestPlan;

/**
 * Records a lesson's test results for the scoreboard, in {@code target/scoreboard/results.json} of
 * the module under test, and what the admission check refuses of its classes ({@link Admission}, as the
 * grader runs it) in {@code target/scoreboard/refused.json}. It is found by the JUnit Platform through
 * {@code META-INF/services}, and stays silent where no {@code exercises.properties} is on the classpath
 * (any module but a lesson).
 */
public class ScoreboardListener extends ResultCollector {

    /** Where a lesson's results are written, relative to the lesson folder. */
    public static final String RESULTS = "target/scoreboard/results.json";

    /** Where the admission check's refusals of a lesson's classes are written, relative to the lesson folder. */
    public static final String REFUSED = "target/scoreboard/refused.json";

    private static final String CLASSES = "target/classes";

    /** All results of this JVM: Surefire may run a module's classes as several test plans. */
    private static final List<TestResult> RESULTS_OF_THIS_RUN = new ArrayList<>();

    public ScoreboardListener() {
        super(unit -> { }, (id, result) -> RESULTS_OF_THIS_RUN.add(result));
    }

    @Override
    public void testPlanExecutionFinished(TestPlan testPlan) {
        URL manifest = Thread.currentThread().getContextClassLoader().getResource(Manifest.RESOURCE);
        if (manifest == null) {
            return;
        }
        write(Path.of(RESULTS), RESULTS_OF_THIS_RUN);
        try (InputStream in = manifest.openStream()) {
            write(Path.of(REFUSED), Admission.checkLesson(Manifest.read(in), classes(Path.of(CLASSES))));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot check the lesson's classes in " + Path.of(CLASSES).toAbsolutePath(), e);
        }
    }

    /** The class files below {@code root}, by internal name. */
    static Map<String, byte[]> classes(Path root) throws IOException {
        Map<String, byte[]> classes = new HashMap<>();
        if (Files.isDirectory(root)) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path f : files.filter(f -> f.toString().endsWith(".class") && Files.isRegularFile(f)).toList()) {
                    String name = root.relativize(f).toString().replace(File.separatorChar, '/');
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
