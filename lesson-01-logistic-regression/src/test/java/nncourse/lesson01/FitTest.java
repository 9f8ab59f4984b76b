package nncourse.lesson01;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import nncourse.learner.Exercise;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Exercise("1.7")
@DisplayName("1.7 fit: gradient descent θ ← θ − α∇J(θ) from θ = 0")
class FitTest {

    private static final double TOLERANCE = 1e-9;
    private static final double[][] X = {{1}, {2}, {3}};
    private static final int[] Y = {0, 1, 1};

    @Test
    @DisplayName("with 0 iterations stays at θ = 0 and records only J(0) = log 2")
    @Tag("edge")
    void withZeroIterationsStaysAtZero() {
        LogisticRegression.Fit fit = LogisticRegression.fit(X, Y, 0.1, 0);
        assertArrayEquals(new double[] {0, 0}, fit.theta(), TOLERANCE,
                () -> "no step was asked for, so θ should stay 0, but got " + Arrays.toString(fit.theta()));
        assertArrayEquals(new double[] {Math.log(2)}, fit.costHistory(), TOLERANCE,
                () -> "the history holds J after 0 steps only, log 2, but got " + Arrays.toString(fit.costHistory())
                        + (Arrays.equals(fit.costHistory(), new double[] {0})
                                ? " — costHistory[0] was never written: record J before the loop, then after each step"
                                : ""));
    }

    @Test
    @DisplayName("takes one step to θ = −α∇J(0)")
    @Tag("formula")
    void takesOneStep() {
        LogisticRegression.Fit fit = LogisticRegression.fit(X, Y, 0.3, 1);
        double[] expected = {0.05, 0.2};
        assertArrayEquals(expected, fit.theta(), TOLERANCE,
                () -> "∇J(0) = (−1/6, −2/3), so one step with α = 0.3 gives θ = (0.05, 0.2), but got "
                        + Arrays.toString(fit.theta()) + " — step against the gradient: θ − α∇J");
    }

    @Test
    @DisplayName("records iterations + 1 costs, the first being log 2")
    @Tag("formula")
    void recordsIterationsPlusOneCosts() {
        double[] history = LogisticRegression.fit(X, Y, 0.3, 5).costHistory();
        assertEquals(6, history.length, () -> "5 iterations give J after 0, 1, …, 5 steps: 6 entries, but got "
                + history.length);
        assertEquals(Math.log(2), history[0], TOLERANCE,
                () -> "costHistory[0] is J before any step, J(0) = log 2, but got " + history[0]);
    }

    @Test
    @DisplayName("lowers the cost on the iris petal lengths")
    @Tag("data")
    void lowersTheCostOnIris() {
        Dataset iris = Datasets.irisPetalLength();
        double[] history = LogisticRegression.fit(iris.x(), iris.y(), 0.1, 500).costHistory();
        double last = history[history.length - 1];
        assertTrue(last < 0.5 * history[0], () -> "after 500 steps of α = 0.1 the cost should have fallen from "
                + history[0] + " to below half of it, but it is " + last + " — is the step θ − α∇J?");
    }

    @Test
    @DisplayName("rejects a learning rate that is not positive and a negative number of iterations")
    @Tag("bad-input")
    void rejectsBadSettings() {
        assertAll(
                () -> assertThrows(IllegalArgumentException.class, () -> LogisticRegression.fit(X, Y, 0, 10),
                        "α = 0 never moves θ: throw IllegalArgumentException"),
                () -> assertThrows(IllegalArgumentException.class, () -> LogisticRegression.fit(X, Y, 0.1, -1),
                        "−1 iterations cannot be taken: throw IllegalArgumentException"));
    }

    @Test
    @DisplayName("leaves x and y unchanged")
    @Tag("unmodified")
    void leavesItsArgumentsUnchanged() {
        double[][] x = {{1}, {2}, {3}};
        int[] y = {0, 1, 1};
        LogisticRegression.fit(x, y, 0.3, 5);
        assertArrayEquals(new double[][] {{1}, {2}, {3}}, x, "gradient descent changes θ, never the data x");
        assertArrayEquals(new int[] {0, 1, 1}, y, "gradient descent changes θ, never the labels y");
    }
}
