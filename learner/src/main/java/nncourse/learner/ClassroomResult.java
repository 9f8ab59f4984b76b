package nncourse.learner;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Hands the scoreboard's points to GitHub Classroom, so that Classroom and the scoreboard agree. After
 * {@code ./mvnw test} has recorded every lesson's results once, this prints one step output per exercise,
 * {@code <runner>=<base64 JSON>}, in the format that Classroom's graders hand to
 * {@code classroom-resources/autograding-grading-reporter} ({@code {version: 1, status, max_score, tests:
 * [{name, status, score, message, test_code, filename, line_no, duration}]}}, as
 * {@code autograding-command-grader} writes it). The reporter reads each as the environment variable
 * {@code <RUNNER>_RESULTS}, prints it, and tells Classroom the sum of every test's {@code score} out of the
 * sum of {@code max_score}.
 *
 * <p>One runner per exercise, one entry per test of it: the reporter's own table counts a runner as
 * max_score &times; passed / total, which is the scoreboard's partial credit. The scores handed to
 * Classroom are whole points, the exercise's share rounded to the nearest point and spread over its passed
 * tests: Classroom's graders only ever produce whole points ({@code max-score} is read with
 * {@code parseInt}) and Classroom reads its total from the text "Points X/Y", so a sum of fractions such
 * as 159.99999999999997 must never reach it.
 */
public final class ClassroomResult {

    /** What a runner is when its lesson left no results: it did not compile, or the run stopped before it. */
    static final String ERROR = "error";

    private ClassroomResult() {
    }

    public static void main(String[] args) {
        Path kit = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        List<LessonScore> lessons = Lessons.find(kit).stream().map(Scoreboard::fromResults).toList();
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream log = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        for (LessonScore lesson : lessons) {
            for (ExerciseScore e : lesson.exercises()) {
                out.println(runner(e.info()) + "=" + encoded(e, lesson.problems()));
                log.println(e.info().id() + " " + e.info().title() + ": " + points(e) + "/"
                        + Scoreboard.number(e.info().points()));
            }
        }
    }

    /**
     * The runner's id, which the reporter also upper-cases into an environment variable's name: letters and
     * digits only, as the reporter's check of its {@code runners} input requires ("1.3" is {@code ex1dot3}).
     */
    public static String runner(ExerciseInfo exercise) {
        return "ex" + exercise.id().replace(".", "dot").replaceAll("[^A-Za-z0-9]", "");
    }

    /** The whole points an exercise earns in Classroom: the scoreboard's share, rounded to the nearest point. */
    public static long points(ExerciseScore exercise) {
        return Math.round(exercise.score());
    }

    static String encoded(ExerciseScore exercise, List<String> problems) {
        try {
            byte[] json = new ObjectMapper().writeValueAsBytes(result(exercise, problems));
            return Base64.getEncoder().encodeToString(json);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The runner's result, as the reporter reads it. */
    static Map<String, Object> result(ExerciseScore exercise, List<String> problems) {
        ExerciseInfo info = exercise.info();
        List<Map<String, Object>> tests = new ArrayList<>();
        String status;
        if (exercise.total() == 0) {
            status = ERROR;
            String why = problems.isEmpty() ? "no test of this exercise ran" : String.join("; ", problems);
            tests.add(test(info.id() + " " + info.title(), ERROR, 0, why + " (see the scoreboard above)"));
        } else {
            status = exercise.complete() ? "pass" : "fail";
            long[] shares = shares(points(exercise), exercise.passed());
            int passedSoFar = 0;
            for (TestResult r : exercise.results()) {
                long score = r.passed() ? shares[passedSoFar++] : 0;
                tests.add(test(info.id() + " " + r.name(), r.passed() ? "pass" : "fail", score,
                        r.message() == null ? "" : r.message()));
            }
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("version", 1);
        result.put("status", status);
        result.put("max_score", Math.round(info.points()));
        result.put("tests", tests);
        return result;
    }

    /** {@code points} split into {@code parts} whole numbers that differ by at most one and add up to it. */
    static long[] shares(long points, long parts) {
        long[] shares = new long[(int) parts];
        for (int i = 0; i < parts; i++) {
            shares[i] = points / parts + (i < points % parts ? 1 : 0);
        }
        return shares;
    }

    private static Map<String, Object> test(String name, String status, long score, String message) {
        Map<String, Object> test = new LinkedHashMap<>();
        test.put("name", name);
        test.put("status", status);
        test.put("score", score);
        test.put("message", message);
        test.put("test_code", "");
        test.put("filename", "");
        test.put("line_no", 0);
        test.put("duration", 0);
        return test;
    }
}
