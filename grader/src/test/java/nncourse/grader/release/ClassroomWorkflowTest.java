package nncourse.grader.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nncourse.engine.Folders;
import nncourse.engine.KitLesson;
import nncourse.grader.batch.Example;
import nncourse.learner.ClassroomResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The student edition's Classroom workflow at work: its steps' commands run in a copy of the edition as the
 * runner would run them (bash, {@code $GITHUB_OUTPUT}, the reporter's environment built from the step's
 * {@code env:}), and the points the reporter would hand to Classroom are added up as its source does. They
 * must equal {@code grader grade}'s: the example submissions state the points {@code grade} gives them, and
 * {@code GradeExamplesTest} holds {@code grade} to those numbers. Each test lays out its own copy, so that no
 * test depends on another or on their order.
 */
@DisplayName("The student edition's Classroom workflow")
class ClassroomWorkflowTest {

    private static final Path KIT = Path.of(System.getProperty("kit.root", "..")).toAbsolutePath().normalize();
    private static final Pattern EXPRESSION = Pattern.compile("\\$\\{\\{ steps\\.([\\w-]+)\\.outputs\\.([\\w-]+) }}");

    @TempDir
    static Path work;
    private static Path edition;
    private static JsonNode job;
    private static List<KitLesson> lessons;

    @BeforeAll
    static void release() throws IOException {
        edition = work.resolve("student");
        StudentEdition.release(KIT, edition, false);
        job = new ObjectMapper(new YAMLFactory()).readTree(edition.resolve(ClassroomWorkflow.PATH).toFile())
                .at("/jobs/" + ClassroomWorkflow.JOB);
        lessons = KitLesson.all(KIT);
    }

    @Test
    @DisplayName("passes actionlint, where actionlint is installed (.ci/actionlint installs it)")
    void actionlint() throws Exception {
        Path actionlint = actionlintInstalled();
        assumeTrue(actionlint != null, "actionlint is not installed");
        Run run = run(edition, actionlint + " -no-color " + ClassroomWorkflow.PATH, Map.of());
        assertEquals(0, run.status(), run.output());
    }

    @Test
    @DisplayName("runs Maven once, with sh, and every step with a time limit; the reporting steps run when tests fail")
    void oneRunWithTimeLimits() {
        assertTrue(job.path("timeout-minutes").asInt() > 0);
        int maven = 0;
        boolean afterTests = false;
        for (JsonNode step : job.path("steps")) {
            assertTrue(step.path("timeout-minutes").asInt() > 0, step::toString);
            String run = step.path("run").asText();
            maven += run.contains("mvnw") ? 1 : 0;
            assertFalse(run.contains("./mvnw") && !run.contains("sh ./mvnw"), run);
            if (afterTests) {
                assertEquals("${{ !cancelled() }}", step.path("if").asText(), step::toString);
            }
            afterTests |= step.path("id").asText().equals(ClassroomWorkflow.TESTS_STEP);
        }
        assertTrue(afterTests, "a step runs the tests");
        assertEquals(1, maven, "one Maven run");
    }

    @Test
    @DisplayName("gives the untouched stubs 0 points, as grade does, and shows the scoreboard in the log,"
            + " with a mvnw that lost its run bit")
    void stubs() throws Exception {
        Path copy = copyOfEdition("stubs");
        Files.setPosixFilePermissions(copy.resolve("mvnw"),
                Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE));
        Reported reported = runWorkflow(copy);
        assertNotEquals(0, reported.testStatus(), "the test step fails, as ./mvnw test does");
        assertTrue(reported.log().contains("nn-course scoreboard"), reported.log());
        double points = lessons.stream().mapToDouble(l -> l.manifest().points()).sum();
        assertTrue(reported.log().matches("(?s).*\\n Total +0/" + (long) points + "\\n.*"), reported.log());
        assertEquals(0, reported.total(), reported.log());
        assertEquals((long) points, reported.max());
    }

    @Test
    @DisplayName("gives the half-done example grade's 160 points, lesson by lesson, and lists its failing tests")
    void halfDone() throws Exception {
        Reported reported = runExample("half-done");
        assertTrue(reported.log().contains("✘ "), "the scoreboard lists failing tests: " + reported.log());
    }

    @Test
    @DisplayName("gives the complete example grade's 300 points, and every runner passes")
    void complete() throws Exception {
        Reported reported = runExample("complete");
        assertEquals(0, reported.testStatus(), reported.log());
        assertTrue(reported.runners().values().stream().allMatch(r -> r.path("status").asText().equals("pass")));
    }

    /** Lays out an example submission in a copy of the edition, runs the workflow and checks grade's points. */
    private static Reported runExample(String name) throws Exception {
        Example example = Example.in(KIT).stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow();
        Path copy = copyOfEdition(name);
        example.build(KIT, lessons, copy);
        Reported reported = runWorkflow(copy);
        for (KitLesson lesson : lessons) {
            long earned = lesson.manifest().exercises().stream()
                    .mapToLong(e -> score(reported.runners().get(ClassroomResult.runner(e))))
                    .sum();
            assertEquals(Math.round(example.expected().get(lesson.name())), earned,
                    lesson.name() + "\n" + reported.log());
        }
        assertEquals(Math.round(example.expectedTotal()), reported.total(), reported.log());
        return reported;
    }

    private static Path copyOfEdition(String name) throws IOException {
        Path copy = work.resolve(name);
        Folders.copy(edition, copy);
        Files.setPosixFilePermissions(copy.resolve("mvnw"), Files.getPosixFilePermissions(edition.resolve("mvnw")));
        return copy;
    }

    /** What the reporter would tell Classroom, and the log a student would read. */
    record Reported(int testStatus, String log, Map<String, JsonNode> runners, long total, long max) {}

    /**
     * Runs the job's {@code run} steps in order as the runner does (the reporting steps although the test
     * step failed: they run {@code if: !cancelled()}), then decodes the reporter's input as its
     * {@code src/main.js} does and adds up the points as its {@code src/notify-classroom.js} does: the sum of
     * every test's score out of the sum of max_score.
     */
    private static Reported runWorkflow(Path dir) throws Exception {
        StringBuilder log = new StringBuilder();
        Map<String, String> outputs = new HashMap<>();
        int testStatus = -1;
        JsonNode reporter = null;
        for (JsonNode step : job.path("steps")) {
            if (step.has("run")) {
                Path output = Files.createTempFile(work, "github_output", "");
                Run run = run(dir, step.path("run").asText(), Map.of("GITHUB_OUTPUT", output.toString()));
                stepOutputs(output).forEach((k, v) -> outputs.put(step.path("id").asText() + "." + k, v));
                log.append(run.output());
                if (step.path("id").asText().equals(ClassroomWorkflow.TESTS_STEP)) {
                    testStatus = run.status();
                } else {
                    assertEquals(0, run.status(), step.path("name").asText() + "\n" + log);
                }
            } else if (step.path("uses").asText().equals(ClassroomWorkflow.REPORTER_ACTION)) {
                reporter = step;
            }
        }
        Map<String, JsonNode> runners = new LinkedHashMap<>();
        long total = 0;
        long max = 0;
        for (String runner : reporter.at("/with/runners").asText().split(",")) {
            String value = reporter.at("/env").path(runner.strip().toUpperCase() + "_RESULTS").asText();
            Matcher m = EXPRESSION.matcher(value);
            assertTrue(m.matches(), value);
            String encoded = outputs.get(m.group(1) + "." + m.group(2));
            assertTrue(encoded != null, "no output " + value + " for runner " + runner + "\n" + log);
            JsonNode result = new ObjectMapper().readTree(Base64.getDecoder().decode(encoded));
            assertEquals(1, result.path("version").asInt());
            assertTrue(result.path("tests").size() > 0, "the reporter divides by the number of tests");
            runners.put(runner, result);
            max += result.path("max_score").asLong();
            total += score(result);
        }
        return new Reported(testStatus, log.toString(), runners, total, max);
    }

    /** A runner's points as Classroom gets them: its tests' scores, which must be whole points. */
    private static long score(JsonNode result) {
        long sum = 0;
        for (JsonNode test : result.path("tests")) {
            assertTrue(test.path("score").isIntegralNumber(), test::toString);
            assertEquals(0, test.path("line_no").asInt(), "the reporter prints line_no unless it is 0");
            sum += test.path("score").asLong();
        }
        return sum;
    }

    /** The outputs a step wrote to {@code $GITHUB_OUTPUT}: {@code name=value} lines. */
    private static Map<String, String> stepOutputs(Path file) throws IOException {
        Map<String, String> outputs = new HashMap<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                outputs.put(line.substring(0, eq), line.substring(eq + 1));
            }
        }
        return outputs;
    }

    /** actionlint on the PATH or where {@code go install} puts it, or null. */
    private static Path actionlintInstalled() {
        List<Path> places = new ArrayList<>();
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            places.add(Path.of(dir, "actionlint"));
        }
        String gopath = System.getenv("GOPATH");
        places.add(gopath != null ? Path.of(gopath, "bin", "actionlint")
                : Path.of(System.getProperty("user.home"), "go", "bin", "actionlint"));
        return places.stream().filter(Files::isExecutable).findFirst().orElse(null);
    }

    record Run(int status, String output) {}

    /** Runs a command in {@code dir} as a {@code shell: bash} step runs it. */
    private static Run run(Path dir, String command, Map<String, String> env) throws IOException, InterruptedException {
        List<String> bash = new ArrayList<>(List.of("bash", "--noprofile", "--norc", "-eo", "pipefail", "-c", command));
        ProcessBuilder pb = new ProcessBuilder(bash).directory(dir.toFile()).redirectErrorStream(true);
        pb.environment().keySet().removeIf(k -> k.startsWith("MAVEN_") || k.startsWith("MVNW_"));
        pb.environment().putAll(env);
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Run(p.waitFor(), output);
    }
}
