package nncourse.lesson01;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import nncourse.learner.Exercise;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Exercise("1.6")
@DisplayName("1.6 gradient ∂J/∂θⱼ = (1/m) Σ (h − y)·xⱼ, x₀ = 1")
class GradientTest {

    private static final double TOLERANCE = 1e-9;

    @Test
    @DisplayName("at θ = 0 is (1/m) Σ (0.5 − y)·xⱼ")
    @Tag("formula")
    void atZeroTheta() {
        double[][] x = {{1}, {2}, {3}};
        int[] y = {0, 1, 1};
        double[] gradient = LogisticRegression.gradient(new double[] {0, 0}, x, y);
        double[] expected = {-1.0 / 6, -2.0 / 3};
        assertArrayEquals(expected, gradient, TOLERANCE,
                () -> "h = 0.5 everywhere, so the errors h − y are (0.5, −0.5, −0.5):"
                        + " ∂J/∂θ₀ = (0.5 − 0.5 − 0.5) / 3 = −1/6 (x₀ = 1) and"
                        + " ∂J/∂θ₁ = (0.5 · 1 − 0.5 · 2 − 0.5 · 3) / 3 = −2/3, but got " + java.util.Arrays.toString(gradient)
                        + mistakeIn(gradient, expected, 3));
    }

    @Test
    @DisplayName("with θ = (0.5, −1) on two examples")
    @Tag("formula")
    void atAHandSetTheta() {
        double[][] x = {{1}, {2}};
        int[] y = {0, 1};
        double[] gradient = LogisticRegression.gradient(new double[] {0.5, -1}, x, y);
        double[] expected = {-0.22001690369774912, -0.6288041417945709};
        assertArrayEquals(expected, gradient, TOLERANCE,
                () -> "h = (σ(−0.5), σ(−1.5)) = (0.37754, 0.18243), errors h − y = (0.37754, −0.81757):"
                        + " expected " + java.util.Arrays.toString(expected) + " but got "
                        + java.util.Arrays.toString(gradient) + " — is the error h − y (not y − h)?");
    }

    @Test
    @DisplayName("is finite when h rounds to 1")
    @Tag("edge")
    void isFiniteWhenSaturated() {
        double[] gradient = LogisticRegression.gradient(new double[] {0, 800}, new double[][] {{1}}, new int[] {0});
        assertArrayEquals(new double[] {1, 1}, gradient, TOLERANCE,
                () -> "z = 800 gives h = σ(800) = 1 in double, so the error h − y = 1 − 0 = 1 and ∇J = (1 · 1, 1 · x₁)"
                        + " = (1, 1), but got " + java.util.Arrays.toString(gradient));
    }

    @Test
    @DisplayName("on the iris petal lengths with θ = (−6, 2.4)")
    @Tag("data")
    void onIris() {
        Dataset iris = Datasets.irisPetalLength();
        double[] gradient = LogisticRegression.gradient(new double[] {-6, 2.4}, iris.x(), iris.y());
        double[] expected = {0.027152646677210058, 0.012063145122800038};
        assertArrayEquals(expected, gradient, TOLERANCE,
                () -> "(1/m) Σ (h − y)·xⱼ over the m = 100 flowers is " + java.util.Arrays.toString(expected)
                        + ", but got " + java.util.Arrays.toString(gradient));
    }

    @Test
    @DisplayName("rejects x and y of different lengths and a label that is not 0 or 1")
    @Tag("bad-input")
    void rejectsBadData() {
        double[] theta = {0, 0};
        assertAll(
                () -> assertThrows(IllegalArgumentException.class,
                        () -> LogisticRegression.gradient(theta, new double[][] {{1}, {2}}, new int[] {0, 1, 1}),
                        "2 rows of x but 3 labels: call Dataset.requireShapes(x, y) first"),
                () -> assertThrows(IllegalArgumentException.class,
                        () -> LogisticRegression.gradient(theta, new double[][] {{1}, {2}}, new int[] {1, 3}),
                        "y = 3 is not a label: y is 0 or 1"));
    }

    @Test
    @DisplayName("leaves θ, x and y unchanged")
    @Tag("unmodified")
    void leavesItsArgumentsUnchanged() {
        double[] theta = {0.5, -1};
        double[][] x = {{1}, {2}};
        int[] y = {0, 1};
        LogisticRegression.gradient(theta, x, y);
        assertArrayEquals(new double[] {0.5, -1}, theta, "∇J(θ) goes into a new array; θ stays as it was");
        assertArrayEquals(new double[][] {{1}, {2}}, x, "∇J(θ) only reads x");
        assertArrayEquals(new int[] {0, 1}, y, "∇J(θ) only reads y");
    }

    /** What a wrong gradient of one feature on {@code m} examples most likely left out or got backwards. */
    private static String mistakeIn(double[] gradient, double[] expected, int m) {
        if (gradient.length != expected.length) {
            return " — one entry per θ, n + 1 in all, each divided by m";
        }
        if (close(gradient[0], expected[0] * m) && close(gradient[1], expected[1] * m)) {
            return " — that is m = " + m + " times too much: divide each sum by m";
        }
        if (close(gradient[0], -expected[0]) && close(gradient[1], -expected[1])) {
            return " — every entry has the wrong sign: the error is h − y, not y − h";
        }
        if (close(gradient[1], expected[1]) && gradient[0] == 0) {
            return " — ∂J/∂θ₀ is left at 0: the bias θ₀ has its own entry, the mean of the errors h − y (x₀ = 1)";
        }
        if (close(gradient[1], expected[1]) && close(gradient[0], gradient[1])) {
            return " — ∂J/∂θ₀ came out as ∂J/∂θ₁: the bias θ₀ multiplies x₀ = 1, not x₁";
        }
        return " — one entry per θ, n + 1 in all, each divided by m";
    }

    private static boolean close(double a, double b) {
        return Math.abs(a - b) < TOLERANCE;
    }
}
