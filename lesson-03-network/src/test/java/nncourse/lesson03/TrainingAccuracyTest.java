package nncourse.lesson03;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import nncourse.learner.Exercise;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Exercise("3.8")
@DisplayName("Training.accuracy")
class TrainingAccuracyTest {

    private static final double TOLERANCE = 1e-9;

    @Test
    @DisplayName("with one output counts a ≥ 0.5 as 1 and compares it with y")
    @Tag("formula")
    void oneOutput() {
        // a = σ(10x − 5) ≥ 0.5 exactly when x ≥ 0.5
        Network net = new Network(List.of(new Layer(new double[][] {{10}}, new double[] {-5})));
        double[][] x = {{0}, {1}, {0.2}, {0.9}};
        double[][] y = {{0}, {1}, {1}, {1}};
        double accuracy = Training.accuracy(net, x, y);
        assertEquals(0.75, accuracy, TOLERANCE, "rows 0, 1 and 3 are right, row 2 (a < 0.5 but y = 1) is wrong: 3 of 4"
                + (accuracy == 0 ? " — 0 would mean integer division: in Java 3 / 4 is 0; divide as doubles" : ""));
    }

    @Test
    @DisplayName("with several outputs compares the largest output with the 1 of y")
    @Tag("formula")
    void severalOutputs() {
        // Output k grows with input k: the largest output is at the largest input.
        Network net = new Network(List.of(new Layer(
                new double[][] {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}}, new double[3])));
        double[][] x = {{3, 1, 2}, {0, 5, 1}, {1, 1, 4}, {2, 0, 1}, {0, 0, 1}};
        double[][] y = {{1, 0, 0}, {0, 1, 0}, {0, 1, 0}, {0, 0, 1}, {0, 0, 1}};
        double accuracy = Training.accuracy(net, x, y);
        assertEquals(0.6, accuracy, TOLERANCE, accuracy == 0
                ? "rows 0, 1 and 4 are right, 3 of 5 — 0 would mean integer division: in Java 3 / 5 is 0;"
                        + " divide as doubles"
                : "the prediction is the index of the largest output (argmax), the label the index of y's 1: "
                        + "rows 0, 1 and 4 are right, 3 of 5");
    }

    @Test
    @DisplayName("with one output counts a = 0.5 exactly as 1")
    @Tag("edge")
    void halfCountsAsOne() {
        // z = 10·0.5 − 5 = 0, so a = σ(0) = 0.5 exactly
        Network net = new Network(List.of(new Layer(new double[][] {{10}}, new double[] {-5})));
        assertEquals(1.0, Training.accuracy(net, new double[][] {{0.5}}, new double[][] {{1}}), TOLERANCE,
                "z = 10 · 0.5 − 5 = 0 gives a = σ(0) = 0.5, and a ≥ 0.5 predicts 1 — ≥, not >");
    }

    @Test
    @DisplayName("rejects an empty data set and x and y of different lengths")
    @Tag("bad-input")
    void rejectsBadInput() {
        Network net = new Network(List.of(new Layer(new double[][] {{10}}, new double[] {-5})));
        assertThrows(IllegalArgumentException.class, () -> Training.accuracy(net, new double[0][], new double[0][]),
                "no rows: the fraction right of 0 rows is 0 / 0, undefined");
        assertThrows(IllegalArgumentException.class,
                () -> Training.accuracy(net, new double[][] {{0}, {1}}, new double[][] {{1}}),
                "2 rows of x but 1 of y — call requireData(net, x, y) first");
    }

    @Test
    @DisplayName("leaves x and y unchanged")
    @Tag("unmodified")
    void leavesArgumentsUnchanged() {
        Network net = new Network(List.of(new Layer(new double[][] {{1, 0}, {0, 1}}, new double[2])));
        double[][] x = {{0.1, 0.9}, {0.4, 0.2}};
        double[][] y = {{0, 1}, {1, 0}};
        Training.accuracy(net, x, y);
        assertArrayEquals(new double[][] {{0.1, 0.9}, {0.4, 0.2}}, x, "counting right predictions only reads x");
        assertArrayEquals(new double[][] {{0, 1}, {1, 0}}, y, "counting right predictions only reads y");
    }
}
