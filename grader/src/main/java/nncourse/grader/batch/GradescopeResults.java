package nncourse.grader.batch;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import nncourse.engine.Grade;
import nncourse.grader.GraderException;
import nncourse.learner.ExerciseScore;
import nncourse.learner.LessonScore;
import nncourse.learner.Messages;
import nncourse.learner.TestResult;

/**
 * A submission's {@code results.json} in the format of Gradescope's autograder specification
 * (gradescope-autograders.readthedocs.io, "Autograder Specifications", output format), with only
 * fields that it defines. Each exercise is one test entry for its public tests ({@code visible}) and
 * one for its hidden tests ({@code after_published}: shown once the teacher publishes the grades); the
 * two share the exercise's points as its tests do.
 */
public final class GradescopeResults {

    public static final String FILE = "results.json";
    public static final String VISIBLE = "visible";
    public static final String AFTER_PUBLISHED = "after_published";

    private static final String TEXT = "text";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /**
     * The top level of results.json. Every output is plain text ({@code "text"}): what a submission makes a
     * test say is shown as it is, never rendered as Markdown or HTML.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Results(double score, @JsonProperty("execution_time") long executionTime, String output,
                          @JsonProperty("output_format") String outputFormat,
                          @JsonProperty("test_output_format") String testOutputFormat, List<Test> tests) {}

    /** One entry of {@code tests}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Test(String name, String number, double score, @JsonProperty("max_score") double maxScore,
                       String status, String output, List<String> tags, String visibility) {}

    private GradescopeResults() {
    }

    /**
     * The results; the top-level output, which students see at once, says how the public tests went and
     * nothing of the hidden tests, whose points show in their own entries once the grades are published.
     */
    public static Results of(SubmissionGrade submission) {
        List<Test> tests = new ArrayList<>();
        StringBuilder output = new StringBuilder(Messages.get("gradescope.publicPassed"));
        for (Grade g : submission.grades()) {
            LessonScore lesson = g.score();
            List<TestResult> visible = lesson.exercises().stream().flatMap(e -> e.results().stream())
                    .filter(r -> !r.hidden()).toList();
            output.append("\n").append(lesson.lesson()).append(": ")
                    .append(Messages.get("feedback.passedOf", visible.stream().filter(TestResult::passed).count(),
                            visible.size()));
            lesson.problems().forEach(p -> output.append("\n  ").append(p));
            g.compileErrors().stream().limit(Feedback.COMPILE_ERRORS_SHOWN)
                    .forEach(e -> output.append("\n  ").append(Messages.get("gradescope.doesNotCompile", e)));
            g.notes().forEach(n -> output.append("\n  ").append(n));
            for (ExerciseScore e : lesson.exercises()) {
                tests.addAll(entries(lesson, e));
            }
        }
        return new Results(round(submission.score()), Math.round(submission.time().toMillis() / 1000.0),
                output.toString(), TEXT, TEXT, tests);
    }

    /** Writes the results to a new file that then takes {@code file}'s place: never half a file. */
    public static void write(Path file, SubmissionGrade submission) {
        try {
            Path next = Files.createTempFile(file.toAbsolutePath().getParent(), ".results-", ".json");
            JSON.writeValue(next.toFile(), of(submission));
            Files.move(next, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new GraderException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /** The public and hidden parts of an exercise; one entry worth all its points when no test ran. */
    private static List<Test> entries(LessonScore lesson, ExerciseScore e) {
        List<String> tags = List.of(lesson.lesson());
        String name = e.info().id() + " " + e.info().title();
        if (e.total() == 0) {
            String why = lesson.problems().isEmpty() ? Messages.get("gradescope.noTestRan") : lesson.problems().get(0);
            return List.of(new Test(name, e.info().id(), 0, round(e.info().points()), "failed", why, tags, VISIBLE));
        }
        List<Test> entries = new ArrayList<>();
        for (boolean hidden : List.of(false, true)) {
            List<TestResult> part = e.results().stream().filter(r -> r.hidden() == hidden).toList();
            if (part.isEmpty()) {
                continue;
            }
            long passed = part.stream().filter(TestResult::passed).count();
            double max = e.info().points() * part.size() / e.total();
            double score = e.passed() == 0 ? 0 : e.score() * passed / e.passed();
            entries.add(new Test(Messages.get(hidden ? "gradescope.hiddenTests" : "gradescope.publicTests", name),
                    e.info().id(), round(score), round(max), passed == part.size() ? "passed" : "failed",
                    output(e, part, passed), tags, hidden ? AFTER_PUBLISHED : VISIBLE));
        }
        return entries;
    }

    private static String output(ExerciseScore e, List<TestResult> part, long passed) {
        StringBuilder s = new StringBuilder(Messages.get("scoreboard.passedOf", passed, part.size()));
        part.stream().filter(r -> !r.passed()).limit(Feedback.FAILURES_SHOWN)
                .forEach(r -> s.append("\n✘ ").append(r.name())
                        .append(r.message().isBlank() ? "" : ": " + r.message()));
        if (part.size() - passed > Feedback.FAILURES_SHOWN) {
            s.append("\n")
                    .append(Messages.get("feedback.moreFailures", part.size() - passed - Feedback.FAILURES_SHOWN));
        }
        if (passed < part.size()) {
            s.append("\n").append(Messages.get("feedback.hint", e.info().hint()));
        }
        return s.toString();
    }

    private static double round(double x) {
        return Math.round(x * 100) / 100.0;
    }
}
