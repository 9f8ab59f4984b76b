package nncourse.lesson01;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

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
                        + " — one entry per θ, n + 1 in all, each divided by m");
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
}
