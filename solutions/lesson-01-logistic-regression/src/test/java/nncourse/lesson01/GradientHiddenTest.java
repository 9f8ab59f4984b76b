package nncourse.lesson01;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.Random;
import nncourse.learner.Exercise;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Exercise("1.6")
@DisplayName("1.6 gradient ∇J(θ) (hidden)")
class GradientHiddenTest {

    private static final double TOLERANCE = Reference.TOLERANCE;
    /** Central differences of J with step 1e-5 are accurate to about 1e-10 here. */
    private static final double NUMERICAL_TOLERANCE = 1e-7;

    @Nested
    @DisplayName("on random data")
    @Tag("formula")
    class OnRandomData {

        @Test
        @DisplayName("matches (1/m) Σ (h − y)·xⱼ with x₀ = 1")
        void matchesTheFormula() {
            Random rng = new Random(108);
            for (int trial = 0; trial < 200; trial++) {
                int m = 1 + rng.nextInt(20);
                int n = 1 + rng.nextInt(4);
                double[] theta = Reference.randomVector(rng, n + 1, 1);
                double[][] x = Reference.randomMatrix(rng, m, n, 1);
                int[] y = Reference.randomLabels(rng, m);
                double[] expected = Reference.gradient(theta, x, y);
                double[] gradient = LogisticRegression.gradient(theta, x, y);
                assertArrayEquals(expected, gradient, TOLERANCE, () -> "for m = " + m + ", n = " + n + " expected "
                        + Arrays.toString(expected) + " but got " + Arrays.toString(gradient));
            }
        }

        @Test
        @DisplayName("matches the slopes of J by central differences")
        void matchesCentralDifferences() {
            Random rng = new Random(109);
            for (int trial = 0; trial < 30; trial++) {
                double[] theta = Reference.randomVector(rng, 4, 1);
                double[][] x = Reference.randomMatrix(rng, 12, 3, 1);
                int[] y = Reference.randomLabels(rng, 12);
                double[] gradient = LogisticRegression.gradient(theta, x, y);
                for (int j = 0; j < theta.length; j++) {
                    double[] plus = theta.clone();
                    double[] minus = theta.clone();
                    plus[j] += 1e-5;
                    minus[j] -= 1e-5;
                    double slope = (Reference.cost(plus, x, y) - Reference.cost(minus, x, y)) / 2e-5;
                    int k = j;
                    assertEquals(slope, gradient[j], NUMERICAL_TOLERANCE, () -> "J changes at the rate " + slope
                            + " along θ" + k + " but ∂J/∂θ" + k + " was " + gradient[k]);
                }
            }
        }

        @Test
        @DisplayName("is a mean: the data twice over give the same gradient")
        void isAMean() {
            Random rng = new Random(110);
            double[] theta = Reference.randomVector(rng, 3, 1);
            double[][] x = Reference.randomMatrix(rng, 7, 2, 1);
            int[] y = Reference.randomLabels(rng, 7);
            double[] once = LogisticRegression.gradient(theta, x, y);
            double[] twice = LogisticRegression.gradient(theta, Reference.twice(x), Reference.twice(y));
            assertArrayEquals(once, twice, TOLERANCE, () -> "repeating every example leaves a mean unchanged, but the"
                    + " gradient went from " + Arrays.toString(once) + " to " + Arrays.toString(twice) + " — divide by m");
        }
    }

    @Test
    @DisplayName("for the bias is the mean error (h − y), since x₀ = 1")
    @Tag("edge")
    void forTheBiasIsTheMeanError() {
        double[] theta = {0.3, 5};
        double[][] x = {{0}, {0}, {0}};
        int[] y = {1, 0, 1};
        double h = Reference.sigmoid(0.3);
        double[] expected = {((h - 1) + h + (h - 1)) / 3, 0};
        double[] gradient = LogisticRegression.gradient(theta, x, y);
        assertArrayEquals(expected, gradient, TOLERANCE, () -> "with all features 0 only the bias gets a gradient: expected "
                + Arrays.toString(expected) + " but got " + Arrays.toString(gradient) + " — entry 0 sums (h − y) · 1");
    }

    @Test
    @DisplayName("is finite when h rounds to 0 or 1")
    @Tag("edge")
    void isFiniteWhenSaturated() {
        double[] theta = {0, 1000};
        double[][] x = {{1}, {-1}};
        assertAll(
                () -> assertArrayEquals(new double[] {0, 0}, LogisticRegression.gradient(theta, x, new int[] {1, 0}), TOLERANCE,
                        "h = (1, 0) is exactly right: the gradient is 0"),
                () -> assertArrayEquals(new double[] {0, 1}, LogisticRegression.gradient(theta, x, new int[] {0, 1}), TOLERANCE,
                        "h = (1, 0) is exactly wrong: errors (1, −1) give ((1 − 1) / 2, (1 · 1 + (−1)(−1)) / 2) = (0, 1)"));
    }

    @Test
    @DisplayName("at θ = 0 on the iris petal lengths matches the formula")
    @Tag("data")
    void atZeroThetaOnIris() {
        Dataset iris = Datasets.irisPetalLength();
        double[] expected = Reference.gradient(new double[2], iris.x(), iris.y());
        double[] gradient = LogisticRegression.gradient(new double[2], iris.x(), iris.y());
        assertArrayEquals(expected, gradient, TOLERANCE, () -> "expected " + Arrays.toString(expected) + " but got "
                + Arrays.toString(gradient));
    }

    @Test
    @DisplayName("rejects data and θ whose shapes do not fit")
    @Tag("bad-input")
    void rejectsMismatchedShapes() {
        double[] theta = {0, 0};
        assertAll(
                () -> assertThrows(IllegalArgumentException.class,
                        () -> LogisticRegression.gradient(theta, new double[][] {{1}, {2}}, new int[] {0, 1, 1}),
                        "2 rows of x but 3 labels"),
                () -> assertThrows(IllegalArgumentException.class,
                        () -> LogisticRegression.gradient(theta, new double[][] {{1}, {}}, new int[] {0, 1}),
                        "ragged x"),
                () -> assertThrows(IllegalArgumentException.class,
                        () -> LogisticRegression.gradient(theta, new double[0][], new int[0]),
                        "no examples at all (m = 0)"),
                () -> assertThrows(IllegalArgumentException.class,
                        () -> LogisticRegression.gradient(new double[] {0}, new double[][] {{1}, {2}}, new int[] {0, 1}),
                        "θ of 1 entry for 1 feature"));
    }

    @Test
    @DisplayName("rejects a label that is not 0 or 1")
    @Tag("bad-input")
    void rejectsBadLabels() {
        assertThrows(IllegalArgumentException.class,
                () -> LogisticRegression.gradient(new double[] {0, 0}, new double[][] {{1}, {2}}, new int[] {1, 3}),
                "label 3 should be rejected");
    }

    @Test
    @DisplayName("leaves θ, x and y unchanged")
    @Tag("unmodified")
    void leavesItsArgumentsUnchanged() {
        double[] theta = {0.5, -1};
        double[][] x = {{1}, {2}};
        int[] y = {0, 1};
        LogisticRegression.gradient(theta, x, y);
        assertArrayEquals(new double[] {0.5, -1}, theta, "gradient must not change θ");
        assertArrayEquals(new double[][] {{1}, {2}}, x, "gradient must not change x");
        assertArrayEquals(new int[] {0, 1}, y, "gradient must not change y");
    }
}
