package nncourse.grader.release;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nncourse.engine.KitLesson;
import nncourse.learner.ExerciseInfo;
import nncourse.learner.Scoreboard;

/**
 * The GitHub Classroom autograding workflow of the student edition
 * ({@code .github/workflows/classroom.yml}). Each exercise is one graded step that runs just that
 * exercise's public tests and earns the exercise's points when they all pass — partial credit per
 * exercise rather than all or nothing per lesson. Before them, one ungraded step prints the learner's
 * scoreboard into the log.
 */
public final class ClassroomWorkflow {

    static final String PATH = ".github/workflows/classroom.yml";
    static final String GRADER_ACTION = "education/autograding-command-grader@v1";
    static final String REPORTER_ACTION = "education/autograding-grading-reporter@v1";
    static final int STEP_TIMEOUT_MINUTES = 10;

    private static final String HEADER = """
            # GitHub Classroom autograding, written by `grader release`. One graded step per exercise:
            # it runs that exercise's public tests and earns its points when they all pass.
            # The teacher grades with the hidden tests too (`grader grade`); these points are a preview.
            """;

    /** One graded step: an exercise and the command that runs its public tests. */
    public record Step(String id, String name, String command, int points) {}

    private ClassroomWorkflow() {
    }

    static List<Step> steps(List<KitLesson> lessons) {
        List<Step> steps = new ArrayList<>();
        for (KitLesson lesson : lessons) {
            Map<String, List<String>> classes = PublicTests.classesByExercise(lesson);
            for (ExerciseInfo e : lesson.manifest().exercises()) {
                steps.add(new Step("exercise-" + e.id().replace('.', '-'), e.id() + " " + e.title(),
                        command(lesson.name(), classes.get(e.id())), (int) Math.round(e.points())));
            }
        }
        return steps;
    }

    /**
     * Runs the lesson's test classes of one exercise and fails when one of their tests fails or the
     * lesson does not compile. The lessons ignore test failures for the scoreboard; here they count.
     */
    static String command(String lesson, List<String> testClasses) {
        String filter = testClasses.stream().map(c -> c + "," + c + "$*").collect(Collectors.joining(","));
        return "./mvnw -B -q test -pl " + lesson + " -am '-Dtest=" + filter + "'"
                + " -Dsurefire.failIfNoSpecifiedTests=false -Dmaven.test.failure.ignore=false";
    }

    /** Exercises whose points are not whole: the Classroom actions count whole points only. */
    static List<String> fractionalPoints(List<KitLesson> lessons) {
        return lessons.stream().flatMap(l -> l.manifest().exercises().stream())
                .filter(e -> e.points() != Math.rint(e.points()))
                .map(e -> e.id() + " (" + Scoreboard.number(e.points()) + " points)").toList();
    }

    static String yaml(List<KitLesson> lessons) {
        List<Step> graded = steps(lessons);
        List<Object> steps = new ArrayList<>();
        steps.add(map("name", "Check out the code", "uses", "actions/checkout@v4"));
        steps.add(map("name", "Set up JDK 17", "uses", "actions/setup-java@v4",
                "with", map("distribution", "temurin", "java-version", "17", "cache", "maven")));
        steps.add(map("name", "Scoreboard (every public test; not graded)", "run", "./mvnw -B test",
                "continue-on-error", true));
        for (Step s : graded) {
            steps.add(map("name", s.name(), "id", s.id(), "uses", GRADER_ACTION, "with",
                    map("test-name", s.name(), "command", s.command(), "timeout", STEP_TIMEOUT_MINUTES,
                            "max-score", s.points())));
        }
        Map<String, Object> env = new LinkedHashMap<>();
        graded.forEach(s -> env.put(s.id().toUpperCase(java.util.Locale.ROOT) + "_RESULTS",
                "${{ steps." + s.id() + ".outputs.result }}"));
        steps.add(map("name", "Autograding Reporter", "uses", REPORTER_ACTION, "env", env,
                "with", map("runners", graded.stream().map(Step::id).collect(Collectors.joining(",")))));
        Map<String, Object> workflow = map(
                "name", "Autograding Tests",
                "on", List.of("push", "repository_dispatch", "workflow_dispatch"),
                "permissions", map("checks", "write", "actions", "read", "contents", "read"),
                "jobs", map("run-autograding-tests", map(
                        "runs-on", "ubuntu-latest",
                        "if", "github.actor != 'github-classroom[bot]'",
                        "steps", steps)));
        try {
            return HEADER + yamlMapper().writeValueAsString(workflow);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ObjectMapper yamlMapper() {
        return new ObjectMapper(YAMLFactory.builder()
                .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
                .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
                .disable(YAMLGenerator.Feature.SPLIT_LINES)
                .build());
    }

    private static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
