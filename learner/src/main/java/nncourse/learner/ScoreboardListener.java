package nncourse.learner;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.platform.launcher.TestPlan;

/**
 * Records a lesson's test results for the scoreboard, in {@code target/scoreboard/results.json} of
 * the module under test. It is found by the JUnit Platform through {@code META-INF/services}, and
 * stays silent where no {@code exercises.properties} is on the classpath (any module but a lesson).
 */
public class ScoreboardListener extends ResultCollector {

    /** Where a lesson's results are written, relative to the lesson folder. */
    public static final String RESULTS = "target/scoreboard/results.json";

    /** All results of this JVM: Surefire may run a module's classes as several test plans. */
    private static final List<TestResult> RESULTS_OF_THIS_RUN = new ArrayList<>();

    public ScoreboardListener() {
        super(unit -> { }, (id, result) -> RESULTS_OF_THIS_RUN.add(result));
    }

    @Override
    public void testPlanExecutionFinished(TestPlan testPlan) {
        if (Thread.currentThread().getContextClassLoader().getResource(Manifest.RESOURCE) == null) {
            return;
        }
        Path file = Path.of(RESULTS);
        try {
            Files.createDirectories(file.getParent());
            new ObjectMapper().writerWithDefaultPrettyPrinter().writeValue(file.toFile(), RESULTS_OF_THIS_RUN);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the scoreboard's results to " + file.toAbsolutePath(), e);
        }
    }
}
