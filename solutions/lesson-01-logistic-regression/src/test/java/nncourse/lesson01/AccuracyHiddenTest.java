package nncourse.lesson01;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import nncourse.learner.Exercise;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Exercise("1.8")
@DisplayName("1.8 accuracy (hidden)")
class AccuracyHiddenTest {

    private static final double TOLERANCE = Reference.TOLERANCE;

    @Test
    @DisplayName("matches the fraction of right predictions for random θ and data")
    @Tag("formula")
    void matchesTheFractionForRandomData() {
        Random rng = new Random(112);
        for (int trial = 0; trial < 200; trial++) {
            int m = 1 + rng.nextInt(30);
            double[] theta = Reference.randomVector(rng, 3, 1);
            double[][] x = Reference.randomMatrix(rng, m, 2, 1);
            int[] y = Reference.randomLabels(rng, m);
            double expected = Reference.accuracy(theta, x, y);
            double accuracy = LogisticRegression.accuracy(theta, x, y);
            assertEquals(expected, accuracy, TOLERANCE, () -> "expected accuracy " + expected + " for m = " + m
                    + " examples but got " + accuracy);
        }
    }

    @Test
    @DisplayName("is 2/3 when 2 of 3 predictions are right")
    @Tag("formula")
    void isTwoThirds() {
        double accuracy = LogisticRegression.accuracy(new double[] {0, 1}, new double[][] {{1}, {-1}, {2}}, new int[] {1, 0, 0});
        assertEquals(2.0 / 3, accuracy, TOLERANCE, () -> "2 of 3 right is 0.6667, but got " + accuracy
                + " — in Java 2 / 3 is 0; divide as doubles");
    }

    @Test
    @DisplayName("counts an example on the boundary (h = 0.5) as predicted 1")
    @Tag("edge")
    void countsTheBoundaryAsOne() {
        double accuracy = LogisticRegression.accuracy(new double[] {-3, 2}, new double[][] {{1.5}, {1.5}, {3}, {0}},
                new int[] {1, 1, 1, 0});
        assertEquals(1.0, accuracy, TOLERANCE, () -> "z = (0, 0, 3, −3) predicts (1, 1, 1, 0), all right, but got " + accuracy);
    }

    @Test
    @DisplayName("on the iris petal lengths is 1 for a boundary at 2.5 cm and 0.5 for θ = 0")
    @Tag("data")
    void onIris() {
        Dataset iris = Datasets.irisPetalLength();
        assertAll(
                () -> assertEquals(1.0, LogisticRegression.accuracy(new double[] {-2.5, 1}, iris.x(), iris.y()), TOLERANCE,
                        "setosa petals are shorter than 2.5 cm, versicolor petals longer"),
                () -> assertEquals(0.5, LogisticRegression.accuracy(new double[] {0, 0}, iris.x(), iris.y()), TOLERANCE,
                        "θ = 0 predicts 1 everywhere: right on the 50 versicolor of 100"));
    }

    @Test
    @DisplayName("on breast cancer with θ = 0 is the share of malignant tumours, 212/569")
    @Tag("data")
    void onBreastCancerWithZeroTheta() {
        Dataset data = Datasets.breastCancer();
        double accuracy = LogisticRegression.accuracy(new double[31], data.x(), data.y());
        assertEquals(212.0 / 569, accuracy, TOLERANCE,
                () -> "θ = 0 gives h = 0.5 and predicts 1 (malignant) everywhere, but got " + accuracy);
    }

    @Test
    @DisplayName("rejects data and θ whose shapes do not fit or labels not 0 or 1")
    @Tag("bad-input")
    void rejectsBadInput() {
        double[] theta = {0, 0};
        assertAll(
                () -> assertThrows(IllegalArgumentException.class,
                        () -> LogisticRegression.accuracy(theta, new double[][] {{1}, {2}}, new int[] {0}), "2 rows, 1 label"),
                () -> assertThrows(IllegalArgumentException.class,
                        () -> LogisticRegression.accuracy(theta, new double[0][], new int[0]), "no examples (m = 0)"),
                () -> assertThrows(IllegalArgumentException.class,
                        () -> LogisticRegression.accuracy(new double[] {0, 0, 0}, new double[][] {{1}}, new int[] {0}),
                        "θ of 3 entries for 1 feature"),
                () -> assertThrows(IllegalArgumentException.class,
                        () -> LogisticRegression.accuracy(theta, new double[][] {{1}, {2}}, new int[] {0, 2}), "label 2"));
    }

    @Test
    @DisplayName("leaves θ, x and y unchanged")
    @Tag("unmodified")
    void leavesItsArgumentsUnchanged() {
        double[] theta = {-3, 2};
        double[][] x = {{1}, {2}};
        int[] y = {0, 1};
        LogisticRegression.accuracy(theta, x, y);
        assertArrayEquals(new double[] {-3, 2}, theta, "accuracy must not change θ");
        assertArrayEquals(new double[][] {{1}, {2}}, x, "accuracy must not change x");
        assertArrayEquals(new int[] {0, 1}, y, "accuracy must not change y");
    }
}
