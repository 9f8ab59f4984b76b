package nncourse.grader.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import nncourse.engine.KitLesson;
import nncourse.learner.ExerciseInfo;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The student edition at work, with the learner's Maven: {@code ./mvnw test} shows the scoreboard and
 * fails on the stubs, and a Classroom step passes exactly when its exercise's public tests pass.
 */
@DisplayName("In the student edition")
class ClassroomWorkflowTest {

    private static final Path KIT = Path.of(System.getProperty("kit.root", "..")).toAbsolutePath().normalize();

    @TempDir
    static Path work;
    private static Path edition;
    private static List<ClassroomWorkflow.Step> steps;

    @BeforeAll
    static void release() {
        edition = work.resolve("student");
        steps = StudentEdition.release(KIT, edition, false).steps();
    }

    @Test
    @DisplayName("./mvnw test runs every lesson, shows the scoreboard at 0 points and fails")
    void learnersTestRun() throws Exception {
        Run run = run("./mvnw -B test");
        assertNotEquals(0, run.status(), run.output());
        assertTrue(run.output().contains("nn-course scoreboard"), run.output());
        double points = KitLesson.all(KIT).stream().mapToDouble(l -> l.manifest().points()).sum();
        assertTrue(run.output().matches("(?s).*\\n Total +0/" + (long) points + "\\n.*"), run.output());
    }

    @Test
    @DisplayName("a Classroom step passes when its exercise is solved and fails when it is not")
    void oneStepPerExercise() throws Exception {
        KitLesson lesson = KitLesson.all(KIT).get(0);
        ExerciseInfo solved = lesson.manifest().exercises().get(0);
        ExerciseInfo unsolved = lesson.manifest().exercises().stream().filter(e -> !e.file().equals(solved.file()))
                .findFirst().orElseThrow();
        Path solution = KIT.resolve("solutions").resolve(lesson.name()).resolve(solved.file());
        Files.copy(solution, edition.resolve(lesson.name()).resolve(solved.file()),
                StandardCopyOption.REPLACE_EXISTING);

        Run pass = run(step(solved).command());
        assertEquals(0, pass.status(), () -> step(solved).command() + "\n" + pass.output());
        Run fail = run(step(unsolved).command());
        assertNotEquals(0, fail.status(), () -> step(unsolved).command() + "\n" + fail.output());
    }

    private static ClassroomWorkflow.Step step(ExerciseInfo e) {
        return steps.stream().filter(s -> s.name().startsWith(e.id() + " ")).findFirst().orElseThrow();
    }

    record Run(int status, String output) {}

    /** Runs a command in the edition through a shell, as the Classroom action does. */
    private static Run run(String command) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder("bash", "-c", command).directory(edition.toFile())
                .redirectErrorStream(true);
        pb.environment().keySet().removeIf(k -> k.startsWith("MAVEN_") || k.startsWith("MVNW_"));
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Run(p.waitFor(), output);
    }
}
