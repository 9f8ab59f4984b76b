package nncourse.lesson01;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import nncourse.learner.Exercise;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@Exercise("1.7")
@DisplayName("1.7 fit (hidden)")
class FitHiddenTest {

    private static final double TOLERANCE = Reference.TOLERANCE;

    @Test
    @Timeout(2)
    @DisplayName("separates the iris petal lengths: accuracy 1.0 with α = 0.1 and 2,000 iterations")
    @Tag("data")
    void separatesIris() {
        Dataset iris = Datasets.irisPetalLength();
        double[] theta = LogisticRegression.fit(iris.x(), iris.y(), 0.1, 2000).theta();
        double accuracy = Reference.accuracy(theta, iris.x(), iris.y());
        assertEquals(1.0, accuracy, TOLERANCE, () -> "setosa and versicolor do not overlap in petal length, but θ = "
                + Arrays.toString(theta) + " reaches accuracy " + accuracy);
    }

    @Test
    @Timeout(2)
    @DisplayName("learns breast cancer to accuracy ≥ 0.97 with α = 0.5 and 500 iterations")
    @Tag("data")
    void learnsBreastCancer() {
        Dataset data = Datasets.breastCancer();
        double[] theta = LogisticRegression.fit(data.x(), data.y(), 0.5, 500).theta();
        assertEquals(31, theta.length, "30 features need θ of 31 entries (one bias)");
        double accuracy = Reference.accuracy(theta, data.x(), data.y());
        assertTrue(accuracy >= 0.97, () -> "training accuracy should reach 0.97 but is " + accuracy);
    }

    @Test
    @Timeout(2)
    @DisplayName("never raises the cost on the iris petal lengths with α = 0.1")
    @Tag("data")
    void neverRaisesTheCost() {
        Dataset iris = Datasets.irisPetalLength();
        double[] history = LogisticRegression.fit(iris.x(), iris.y(), 0.1, 300).costHistory();
        for (int k = 1; k < history.length; k++) {
            int step = k;
            assertTrue(history[k] <= history[k - 1] + 1e-12, () -> "the cost rose at step " + step + " from "
                    + history[step - 1] + " to " + history[step] + " — is the step θ − α∇J (minus)?");
        }
    }

    @Test
    @DisplayName("takes the same steps as θ ← θ − α∇J(θ) from θ = 0, and records J after each")
    @Tag("formula")
    void takesTheStepsOfGradientDescent() {
        Random rng = new Random(111);
        double[][] x = Reference.randomMatrix(rng, 15, 3, 1);
        int[] y = Reference.randomLabels(rng, 15);
        LogisticRegression.Fit fit = LogisticRegression.fit(x, y, 0.7, 10);
        double[] history = fit.costHistory();
        assertEquals(11, history.length, () -> "10 iterations record 11 costs, but got " + history.length);
        for (int k = 0; k <= 10; k++) {
            double expected = Reference.cost(Reference.descend(x, y, 0.7, k), x, y);
            int step = k;
            assertEquals(expected, history[k], Reference.tolerance(expected), () -> "costHistory[" + step + "] should be J after "
                    + step + " steps, " + expected + ", but was " + history[step] + " — " + Arrays.toString(history));
        }
        double[] expectedTheta = Reference.descend(x, y, 0.7, 10);
        assertArrayEquals(expectedTheta, fit.theta(), TOLERANCE, () -> "after 10 steps θ should be "
                + Arrays.toString(expectedTheta) + " but was " + Arrays.toString(fit.theta()));
    }

    @ParameterizedTest(name = "{0} iterations → {0} + 1 costs, starting at log 2")
    @ValueSource(ints = {0, 1, 2, 7})
    @DisplayName("records iterations + 1 costs, starting at log 2")
    @Tag("formula")
    @Tag("edge")
    void recordsIterationsPlusOneCosts(int iterations) {
        double[][] x = {{1, 0}, {0, 1}, {1, 1}};
        int[] y = {0, 1, 1};
        LogisticRegression.Fit fit = LogisticRegression.fit(x, y, 0.5, iterations);
        assertEquals(iterations + 1, fit.costHistory().length, "costHistory holds J after 0, 1, …, iterations steps");
        assertEquals(Math.log(2), fit.costHistory()[0], TOLERANCE, "costHistory[0] is J(0) = log 2");
        assertEquals(3, fit.theta().length, "2 features need θ of 3 entries");
    }

    @Test
    @DisplayName("rejects a learning rate that is not positive and a negative number of iterations")
    @Tag("bad-input")
    void rejectsBadHyperparameters() {
        double[][] x = {{1}, {2}};
        int[] y = {0, 1};
        assertAll(
                () -> assertThrows(IllegalArgumentException.class, () -> LogisticRegression.fit(x, y, 0, 10),
                        "learning rate 0"),
                () -> assertThrows(IllegalArgumentException.class, () -> LogisticRegression.fit(x, y, -0.1, 10),
                        "learning rate −0.1"),
                () -> assertThrows(IllegalArgumentException.class, () -> LogisticRegression.fit(x, y, 0.1, -1),
                        "−1 iterations"));
    }

    @Test
    @DisplayName("rejects data whose shapes do not fit or whose labels are not 0 or 1")
    @Tag("bad-input")
    void rejectsBadData() {
        assertAll(
                () -> assertThrows(IllegalArgumentException.class,
                        () -> LogisticRegression.fit(new double[][] {{1}, {2}}, new int[] {0}, 0.1, 10), "2 rows, 1 label"),
                () -> assertThrows(IllegalArgumentException.class,
                        () -> LogisticRegression.fit(new double[][] {{1, 2}, {2}}, new int[] {0, 1}, 0.1, 10), "ragged x"),
                () -> assertThrows(IllegalArgumentException.class,
                        () -> LogisticRegression.fit(new double[0][], new int[0], 0.1, 10), "no examples (m = 0)"),
                () -> assertThrows(IllegalArgumentException.class,
                        () -> LogisticRegression.fit(new double[][] {{1}, {2}}, new int[] {0, 5}, 0.1, 10), "label 5"));
    }

    @Test
    @DisplayName("leaves x and y unchanged")
    @Tag("unmodified")
    void leavesItsArgumentsUnchanged() {
        double[][] x = {{1}, {2}, {3}};
        int[] y = {0, 1, 1};
        LogisticRegression.fit(x, y, 0.3, 5);
        assertArrayEquals(new double[][] {{1}, {2}, {3}}, x, "fit must not change x");
        assertArrayEquals(new int[] {0, 1, 1}, y, "fit must not change y");
    }
}
