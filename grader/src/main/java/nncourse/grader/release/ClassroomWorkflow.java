package nncourse.grader.release;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import nncourse.engine.KitLesson;
import nncourse.learner.ClassroomResult;
import nncourse.learner.ExerciseInfo;
import nncourse.learner.Scoreboard;

/**
 * The GitHub Classroom autograding workflow of the student edition ({@code .github/workflows/classroom.yml}):
 * one job that compiles and tests every lesson once with the learner's own {@code ./mvnw test} (its log is
 * the scoreboard, with every failing test of every failing exercise), then hands each exercise's points,
 * with the scoreboard's partial credit, to Classroom's reporter ({@link ClassroomResult} writes them in the
 * format Classroom's graders do). One Maven run instead of one per exercise, and the same points as the
 * scoreboard and {@code grader grade} instead of all or nothing per exercise.
 *
 * <p>Maven runs as {@code sh ./mvnw}, so that a wrapper that lost its run bit (a web upload, a Windows
 * clone) still runs; the reporting steps run even when tests fail ({@code !cancelled()}), and every step
 * has a time limit, so a loop that never ends costs minutes, not GitHub's six hours.
 */
public final class ClassroomWorkflow {

    static final String PATH = ".github/workflows/classroom.yml";
    /** GitHub Classroom's reporter, pinned: v1 ({@code classroom-resources/autograding-grading-reporter}). */
    static final String REPORTER_ACTION =
            "classroom-resources/autograding-grading-reporter@d13b5912daf5042ac1b71bc38bdb4a6bcd61d8ca";
    static final String CHECKOUT_ACTION = "actions/checkout@11d5960a326750d5838078e36cf38b85af677262";
    static final String SETUP_JAVA_ACTION = "actions/setup-java@cf277c60eb25467037889841efdb72551f06f6c3";
    static final String JOB = "run-autograding-tests";
    static final String TESTS_STEP = "tests";
    static final String RESULTS_STEP = "points";
    static final String SHELL = "bash";
    static final String ALWAYS = "${{ !cancelled() }}";
    static final int JOB_TIMEOUT_MINUTES = 30;
    static final int TESTS_TIMEOUT_MINUTES = 20;
    static final int SETUP_TIMEOUT_MINUTES = 5;

    /** Every lesson compiled and tested once, the scoreboard printed with every failing test. */
    static final String TESTS_COMMAND = "sh ./mvnw -B test -Pclassroom -Dfailures=all";

    /** The points per exercise, from the results the test run recorded, as step outputs. */
    static final String RESULTS_COMMAND = "java -cp \"learner/target/classes:$(cat learner/target/classpath.txt)\""
            + " nncourse.learner.ClassroomResult . >> \"$GITHUB_OUTPUT\"";

    private static final String HEADER = """
            # GitHub Classroom autograding, written by `grader release`. One job: `./mvnw test` compiles and
            # tests every lesson once and prints the scoreboard; then each exercise earns the scoreboard's
            # points (points x passed tests / tests, rounded to whole points) through Classroom's reporter.
            # In Classroom, leave the assignment's own test list empty: this workflow does the grading.
            # The teacher grades with the hidden tests too (`grader grade`); these points are a preview.
            # Actions pinned: actions/checkout v4.4.0, actions/setup-java v4.9.1,
            # classroom-resources/autograding-grading-reporter v1.
            """;

    /** One exercise as the reporter sees it: a runner, and the points it is worth. */
    public record Step(String id, String name, int points) {}

    private ClassroomWorkflow() {
    }

    static List<Step> steps(List<KitLesson> lessons) {
        List<Step> steps = new ArrayList<>();
        for (KitLesson lesson : lessons) {
            for (ExerciseInfo e : lesson.manifest().exercises()) {
                steps.add(new Step(ClassroomResult.runner(e), e.id() + " " + e.title(), (int) Math.round(e.points())));
            }
        }
        return steps;
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
        steps.add(map("name", "Check out the code", "uses", CHECKOUT_ACTION, "timeout-minutes", SETUP_TIMEOUT_MINUTES));
        steps.add(map("name", "Set up JDK 17", "uses", SETUP_JAVA_ACTION, "timeout-minutes", SETUP_TIMEOUT_MINUTES,
                "with", map("distribution", "temurin", "java-version", "17", "cache", "maven")));
        steps.add(map("name", "Compile and test every lesson once (the scoreboard)", "id", TESTS_STEP,
                "shell", SHELL, "run", TESTS_COMMAND, "timeout-minutes", TESTS_TIMEOUT_MINUTES));
        steps.add(map("name", "Points per exercise, as the scoreboard counts them", "id", RESULTS_STEP,
                "if", ALWAYS, "shell", SHELL, "run", RESULTS_COMMAND, "timeout-minutes", SETUP_TIMEOUT_MINUTES));
        Map<String, Object> env = new LinkedHashMap<>();
        graded.forEach(s -> env.put(s.id().toUpperCase(Locale.ROOT) + "_RESULTS",
                "${{ steps." + RESULTS_STEP + ".outputs." + s.id() + " }}"));
        steps.add(map("name", "Autograding Reporter", "if", ALWAYS, "uses", REPORTER_ACTION,
                "timeout-minutes", SETUP_TIMEOUT_MINUTES, "env", env,
                "with", map("runners", graded.stream().map(Step::id).collect(Collectors.joining(",")))));
        Map<String, Object> workflow = map(
                "name", "Autograding Tests",
                "on", List.of("push", "repository_dispatch", "workflow_dispatch"),
                "permissions", map("checks", "write", "actions", "read", "contents", "read"),
                "jobs", map(JOB, map(
                        "runs-on", "ubuntu-latest",
                        "if", "github.actor != 'github-classroom[bot]'",
                        "timeout-minutes", JOB_TIMEOUT_MINUTES,
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
