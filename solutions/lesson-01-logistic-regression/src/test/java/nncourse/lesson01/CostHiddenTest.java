package nncourse.lesson01;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import nncourse.learner.Exercise;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@Exercise("1.5")
@DisplayName("1.5 cost J(θ) (hidden)")
class CostHiddenTest {

    private static final double[] ONE_FEATURE_THETA = {0, 1}; // z = x₁

    private static double costOfOneExample(double z, int y) {
        return LogisticRegression.cost(ONE_FEATURE_THETA, new double[][] {{z}}, new int[] {y});
    }

    @Nested
    @DisplayName("on random data")
    @Tag("formula")
    class OnRandomData {

        @Test
        @DisplayName("matches −(1/m) Σ [y log h + (1 − y) log(1 − h)]")
        void matchesTheFormula() {
            Random rng = new Random(105);
            for (int trial = 0; trial < 200; trial++) {
                int m = 1 + rng.nextInt(20);
                int n = 1 + rng.nextInt(4);
                double[] theta = Reference.randomVector(rng, n + 1, 1);
                double[][] x = Reference.randomMatrix(rng, m, n, 1);
                int[] y = Reference.randomLabels(rng, m);
                double expected = Reference.cost(theta, x, y);
                double cost = LogisticRegression.cost(theta, x, y);
                assertEquals(expected, cost, Reference.tolerance(expected), () -> "for m = " + m + " examples of n = " + n
                        + " features J should be " + expected + " but was " + cost);
            }
        }

        @Test
        @DisplayName("is never negative")
        void isNeverNegative() {
            Random rng = new Random(106);
            for (int trial = 0; trial < 100; trial++) {
                double[] theta = Reference.randomVector(rng, 3, 1);
                double[][] x = Reference.randomMatrix(rng, 10, 2, 1);
                int[] y = Reference.randomLabels(rng, 10);
                double cost = LogisticRegression.cost(theta, x, y);
                assertTrue(cost >= 0, () -> "J = " + cost + " < 0: log h and log(1 − h) are ≤ 0, so"
                        + " −(1/m) Σ … is ≥ 0 — did the leading minus get lost?");
            }
        }

        @Test
        @DisplayName("is a mean: the data twice over cost the same")
        void isAMean() {
            Random rng = new Random(107);
            double[] theta = Reference.randomVector(rng, 3, 1);
            double[][] x = Reference.randomMatrix(rng, 7, 2, 1);
            int[] y = Reference.randomLabels(rng, 7);
            double once = LogisticRegression.cost(theta, x, y);
            double twice = LogisticRegression.cost(theta, Reference.twice(x), Reference.twice(y));
            assertEquals(once, twice, Reference.tolerance(once), () -> "J is a mean over the m examples, so repeating"
                    + " every example leaves it unchanged, but it went from " + once + " to " + twice + " — divide by m");
        }
    }

    @ParameterizedTest(name = "y = {0}, z = {1}: J = {2}")
    @CsvSource({"0, 40, 40", "1, -40, 40", "0, 800, 800", "1, -800, 800", "0, 1e6, 1e6"})
    @DisplayName("of a confident wrong answer is |z|: large, finite")
    @Tag("edge")
    void ofAConfidentWrongAnswerIsLargeButFinite(int y, double z, double expected) {
        double cost = costOfOneExample(z, y);
        assertEquals(expected, cost, Reference.tolerance(expected), () -> "h = σ(" + z + ") rounds to " + (z > 0 ? "1" : "0")
                + ", where log " + (z > 0 ? "(1 − h)" : "h") + " = log 0 = −∞; the exact cost is " + expected
                + ", but got " + cost + " — compute log(1 + e^z) − y·z, and e^z without overflow");
    }

    @ParameterizedTest(name = "y = {0}, z = {1}: J = 0")
    @CsvSource({"1, 40", "0, -40", "1, 800", "0, -800", "1, 1e6"})
    @DisplayName("of a confident right answer is 0, not NaN")
    @Tag("edge")
    void ofAConfidentRightAnswerIsZero(int y, double z) {
        double cost = costOfOneExample(z, y);
        assertEquals(0, cost, Reference.TOLERANCE, () -> "h = σ(" + z + ") is " + y + " as it should be, so J = 0, but got "
                + cost + " — 0 · log 0 is NaN in Java; compute log(1 + e^z) − y·z without e^z overflowing");
    }

    @Test
    @DisplayName("of a confident wrong and a confident right answer is their mean")
    @Tag("edge")
    void ofSaturatedExamplesIsTheirMean() {
        double cost = LogisticRegression.cost(ONE_FEATURE_THETA, new double[][] {{-800}, {800}, {-40}}, new int[] {1, 1, 0});
        assertEquals(800.0 / 3, cost, Reference.tolerance(800.0 / 3),
                () -> "(800 + 0 + 0) / 3 = 266.67 expected, but got " + cost + (Double.isFinite(cost) ? ""
                        : " — e^800 is +∞ in double: compute log(1 + e^z) without e^z overflowing,"
                                + " as max(z, 0) + log(1 + e^−|z|)"));
    }

    @Test
    @DisplayName("at θ = 0 on the breast cancer data is log 2")
    @Tag("data")
    void atZeroThetaOnBreastCancerIsLogTwo() {
        Dataset data = Datasets.breastCancer();
        double cost = LogisticRegression.cost(new double[31], data.x(), data.y());
        assertEquals(Math.log(2), cost, Reference.TOLERANCE, () -> "θ = 0 gives h = 0.5 everywhere: J = log 2, but got " + cost);
    }

    @Test
    @DisplayName("on the iris petal lengths matches the formula")
    @Tag("data")
    void onIrisMatchesTheFormula() {
        Dataset iris = Datasets.irisPetalLength();
        double[] theta = {-6, 2.4};
        double expected = Reference.cost(theta, iris.x(), iris.y());
        double cost = LogisticRegression.cost(theta, iris.x(), iris.y());
        assertEquals(expected, cost, Reference.tolerance(expected), () -> "J should be " + expected + " but was " + cost);
    }

    @Test
    @DisplayName("rejects data and θ whose shapes do not fit")
    @Tag("bad-input")
    void rejectsMismatchedShapes() {
        double[] theta = {0, 0};
        assertAll(
                () -> assertThrows(IllegalArgumentException.class,
                        () -> LogisticRegression.cost(theta, new double[][] {{1}, {2}}, new int[] {0}),
                        "2 rows of x but 1 label"),
                () -> assertThrows(IllegalArgumentException.class,
                        () -> LogisticRegression.cost(theta, new double[][] {{1}, {2, 3}}, new int[] {0, 1}),
                        "ragged x"),
                () -> assertThrows(IllegalArgumentException.class,
                        () -> LogisticRegression.cost(theta, new double[0][], new int[0]),
                        "no examples at all (m = 0)"),
                () -> assertThrows(IllegalArgumentException.class,
                        () -> LogisticRegression.cost(new double[] {0, 0, 0}, new double[][] {{1}, {2}}, new int[] {0, 1}),
                        "θ of 3 entries for 1 feature"));
    }

    @Test
    @DisplayName("rejects a label that is not 0 or 1")
    @Tag("bad-input")
    void rejectsBadLabels() {
        double[] theta = {0, 0};
        double[][] x = {{1}, {2}};
        assertAll(
                () -> assertThrows(IllegalArgumentException.class,
                        () -> LogisticRegression.cost(theta, x, new int[] {0, 2}), "label 2"),
                () -> assertThrows(IllegalArgumentException.class,
                        () -> LogisticRegression.cost(theta, x, new int[] {-1, 1}), "label −1"));
    }

    @Test
    @DisplayName("leaves θ, x and y unchanged")
    @Tag("unmodified")
    void leavesItsArgumentsUnchanged() {
        double[] theta = {0.5, -1};
        double[][] x = {{1}, {2}};
        int[] y = {0, 1};
        LogisticRegression.cost(theta, x, y);
        assertArrayEquals(new double[] {0.5, -1}, theta, "cost must not change θ");
        assertArrayEquals(new double[][] {{1}, {2}}, x, "cost must not change x");
        assertArrayEquals(new int[] {0, 1}, y, "cost must not change y");
    }
}
