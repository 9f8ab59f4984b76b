package nncourse.lesson01;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import nncourse.learner.Exercise;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Exercise("1.8")
@DisplayName("1.8 accuracy: the fraction of examples predicted right")
class AccuracyTest {

    private static final double TOLERANCE = 1e-9;
    private static final double[] THETA = {-3, 2};
    private static final double[][] X = {{1}, {2}, {3}, {4}};

    @Test
    @DisplayName("is 0.75 when 3 of 4 predictions are right")
    @Tag("formula")
    void isThreeQuartersWhenThreeOfFourAreRight() {
        double accuracy = LogisticRegression.accuracy(THETA, X, new int[] {0, 0, 1, 1});
        assertEquals(0.75, accuracy, TOLERANCE, () -> "z = (−1, 1, 3, 5) predicts (0, 1, 1, 1) against y = (0, 0, 1, 1):"
                + " 3 of 4 right is 0.75, but got " + accuracy + " — in Java 3 / 4 is 0; divide as doubles");
    }

    @Test
    @DisplayName("is 1 when every prediction is right")
    @Tag("formula")
    void isOneWhenAllAreRight() {
        double accuracy = LogisticRegression.accuracy(THETA, X, new int[] {0, 1, 1, 1});
        assertEquals(1.0, accuracy, TOLERANCE, () -> "every prediction matches y, but got " + accuracy);
    }

    @Test
    @DisplayName("is 0 when every prediction is wrong")
    @Tag("formula")
    void isZeroWhenAllAreWrong() {
        double accuracy = LogisticRegression.accuracy(THETA, X, new int[] {1, 0, 0, 0});
        assertEquals(0.0, accuracy, TOLERANCE, () -> "no prediction matches y, but got " + accuracy
                + (accuracy == 1 ? " — that is the fraction of wrong predictions: count the rows where predict equals y"
                        : ""));
    }

    @Test
    @DisplayName("counts an example on the boundary (h = 0.5) as predicted 1")
    @Tag("edge")
    void countsTheBoundaryAsOne() {
        double accuracy = LogisticRegression.accuracy(THETA, new double[][] {{1.5}}, new int[] {1});
        assertEquals(1.0, accuracy, TOLERANCE, () -> "z = −3 + 2 · 1.5 = 0 gives h = 0.5, which predicts 1 (h ≥ 0.5),"
                + " so the one example is right, but got " + accuracy);
    }

    @Test
    @DisplayName("on the iris petal lengths is 0 for the boundary turned around and 0.5 for θ = 0")
    @Tag("data")
    void onIris() {
        Dataset iris = Datasets.irisPetalLength();
        double flipped = LogisticRegression.accuracy(new double[] {2.5, -1}, iris.x(), iris.y());
        double zero = LogisticRegression.accuracy(new double[] {0, 0}, iris.x(), iris.y());
        assertEquals(0.0, flipped, TOLERANCE, () -> "z = 2.5 − x predicts 1 (versicolor) for petals shorter than"
                + " 2.5 cm, which are all setosa, and 0 for the longer ones: every flower is wrong, but got "
                + flipped);
        assertEquals(0.5, zero, TOLERANCE, () -> "θ = 0 gives h = 0.5 and predicts 1 for every flower: right on the"
                + " 50 versicolor of 100, but got " + zero + (zero == 0 ? " — 50 / 100 is 0 in int arithmetic" : ""));
    }

    @Test
    @DisplayName("rejects x and y of different lengths and a label that is not 0 or 1")
    @Tag("bad-input")
    void rejectsBadData() {
        assertAll(
                () -> assertThrows(IllegalArgumentException.class,
                        () -> LogisticRegression.accuracy(THETA, new double[][] {{1}, {2}}, new int[] {0}),
                        "2 rows of x but 1 label: call Dataset.requireShapes(x, y) first"),
                () -> assertThrows(IllegalArgumentException.class,
                        () -> LogisticRegression.accuracy(THETA, new double[][] {{1}, {2}}, new int[] {0, 2}),
                        "y = 2 is not a label: y is 0 or 1"));
    }

    @Test
    @DisplayName("leaves θ, x and y unchanged")
    @Tag("unmodified")
    void leavesItsArgumentsUnchanged() {
        double[] theta = {-3, 2};
        double[][] x = {{1}, {2}};
        int[] y = {0, 1};
        LogisticRegression.accuracy(theta, x, y);
        assertArrayEquals(new double[] {-3, 2}, theta, "counting right predictions only reads θ");
        assertArrayEquals(new double[][] {{1}, {2}}, x, "counting right predictions only reads x");
        assertArrayEquals(new int[] {0, 1}, y, "counting right predictions only reads y");
    }
}
