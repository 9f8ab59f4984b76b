package nncourse.learner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** What GitHub Classroom's reporter gets for one exercise: the scoreboard's partial credit, in whole points. */
@DisplayName("An exercise's Classroom result")
class ClassroomResultTest {

    private static final ExerciseInfo SIGMOID = new ExerciseInfo("1.1", "Sigmoid.sigmoid", 10, "Sigmoid.java", "", "");
    private static final ExerciseInfo COST = new ExerciseInfo("1.5", "LogisticRegression.cost", 15, "L.java", "", "");

    private static TestResult test(String exercise, String name, TestResult.Outcome outcome) {
        return new TestResult(exercise, "T", name, outcome, outcome == TestResult.Outcome.PASSED ? "" : "wrong sign",
                false);
    }

    private static JsonNode decoded(ExerciseScore score, List<String> problems) throws Exception {
        return new ObjectMapper().readTree(Base64.getDecoder().decode(ClassroomResult.encoded(score, problems)));
    }

    @Test
    @DisplayName("earns half the points when half the tests pass (a wrong-signed σ: 5/10, as on the scoreboard)")
    void halfTheTests() throws Exception {
        ExerciseScore score = new ExerciseScore(SIGMOID, List.of(test("1.1", "at 0", TestResult.Outcome.PASSED),
                test("1.1", "at +800", TestResult.Outcome.FAILED)));
        JsonNode result = decoded(score, List.of());
        assertEquals(1, result.path("version").asInt());
        assertEquals("fail", result.path("status").asText());
        assertEquals(10, result.path("max_score").asInt());
        assertEquals(5, result.at("/tests/0/score").asLong() + result.at("/tests/1/score").asLong());
        assertEquals("pass", result.at("/tests/0/status").asText());
        assertEquals("1.1 at +800", result.at("/tests/1/name").asText());
        assertEquals("wrong sign", result.at("/tests/1/message").asText());
        assertEquals(0, result.at("/tests/1/line_no").asInt());
    }

    @Test
    @DisplayName("rounds a fraction of a point to the nearest whole point, spread over the passed tests")
    void wholePoints() throws Exception {
        ExerciseScore score = new ExerciseScore(COST, List.of(test("1.5", "a", TestResult.Outcome.PASSED),
                test("1.5", "b", TestResult.Outcome.PASSED), test("1.5", "c", TestResult.Outcome.PASSED),
                test("1.5", "d", TestResult.Outcome.TODO)));
        assertEquals(11.25, score.score());
        assertEquals(11, ClassroomResult.points(score));
        JsonNode tests = decoded(score, List.of()).path("tests");
        assertArrayEquals(new long[] {4, 4, 3, 0}, new long[] {tests.get(0).path("score").asLong(),
                tests.get(1).path("score").asLong(), tests.get(2).path("score").asLong(),
                tests.get(3).path("score").asLong()});
    }

    @Test
    @DisplayName("is an error worth 0 with the scoreboard's reason when its lesson left no results")
    void noResults() throws Exception {
        JsonNode result = decoded(new ExerciseScore(SIGMOID, List.of()), List.of("did not compile"));
        assertEquals("error", result.path("status").asText());
        assertEquals(1, result.path("tests").size(), "the reporter divides by the number of tests");
        assertEquals(0, result.at("/tests/0/score").asLong());
        assertEquals("did not compile (see the scoreboard above)", result.at("/tests/0/message").asText());
    }

    @Test
    @DisplayName("has a runner id of letters and digits, as the reporter's check of its runners wants")
    void runnerId() {
        assertEquals("ex1dot5", ClassroomResult.runner(COST));
    }
}
