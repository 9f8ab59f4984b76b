package nncourse.lesson01;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import nncourse.learner.Exercise;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Exercise("1.3")
@DisplayName("1.3 hypothesis h_θ(x) = σ(θ₀ + θ₁x₁ + … + θₙxₙ)")
class HypothesisTest {

    private static final double TOLERANCE = 1e-9;

    @Test
    @DisplayName("with θ = 0 is 0.5 for any x")
    @Tag("edge")
    void withZeroThetaIsOneHalf() {
        double h = LogisticRegression.hypothesis(new double[] {0, 0, 0}, new double[] {3, -7});
        assertEquals(0.5, h, TOLERANCE, () -> "θ = 0 gives z = 0 and σ(0) = 0.5, but got " + h);
    }

    @Test
    @DisplayName("with only a bias θ₀ = 2 is σ(2)")
    @Tag("formula")
    @Tag("edge")
    void withOnlyABiasIsSigmaOfTheBias() {
        double h = LogisticRegression.hypothesis(new double[] {2, 0}, new double[] {7});
        assertEquals(0.8807970779778823, h, TOLERANCE,
                () -> "θ = (2, 0) gives z = 2 · 1 + 0 · 7 = 2 and σ(2) = 0.8808, but got " + h + (h == 0.5
                        ? " — did you add the bias θ₀ (theta[0]), which multiplies x₀ = 1?"
                        : Math.abs(h - 0.11920292202211755) < TOLERANCE ? " — that is σ(−2): is the sign of z right?"
                        : Math.abs(h - 0.9999998874648379) < TOLERANCE
                                ? " — that is σ(2 + 2 · 7): θ₁ multiplies x₁, which is x[0]; θⱼ goes with x[j − 1]"
                        : " — did you add the bias θ₀ (theta[0]), which multiplies x₀ = 1?"));
    }

    @Test
    @DisplayName("with θ = (−3, 2) and x = (2.5) is σ(2)")
    @Tag("formula")
    void withOneFeature() {
        double h = LogisticRegression.hypothesis(new double[] {-3, 2}, new double[] {2.5});
        assertEquals(0.8807970779778823, h, TOLERANCE,
                () -> "z = −3 + 2 · 2.5 = 2 and σ(2) = 0.8808, but got " + h);
    }

    @Test
    @DisplayName("with θ = (0.5, −1, 2) and x = (1, 3) is σ(5.5)")
    @Tag("formula")
    void withTwoFeatures() {
        double h = LogisticRegression.hypothesis(new double[] {0.5, -1, 2}, new double[] {1, 3});
        assertEquals(0.995929862284104, h, TOLERANCE,
                () -> "z = 0.5 − 1 · 1 + 2 · 3 = 5.5 and σ(5.5) = 0.99593, but got " + h
                        + " — θⱼ multiplies xⱼ, which is x[j − 1] because theta[0] is the bias");
    }

    @Test
    @DisplayName("rejects a θ that is not one longer than x")
    @Tag("bad-input")
    void rejectsThetaOfTheWrongLength() {
        assertThrows(IllegalArgumentException.class,
                () -> LogisticRegression.hypothesis(new double[] {1, 2}, new double[] {3, 4}),
                "x has n = 2 features, so θ = (θ₀, θ₁, θ₂) needs n + 1 = 3 entries, not 2:"
                        + " throw IllegalArgumentException — call requireTheta(theta, x.length) first");
    }

    @Test
    @DisplayName("leaves θ and x unchanged")
    @Tag("unmodified")
    void leavesItsArgumentsUnchanged() {
        double[] theta = {0.5, -1, 2};
        double[] x = {1, 3};
        LogisticRegression.hypothesis(theta, x);
        assertArrayEquals(new double[] {0.5, -1, 2}, theta, "h = σ(θ₀ + θ₁x₁ + θ₂x₂) only reads θ");
        assertArrayEquals(new double[] {1, 3}, x, "h only reads x: add up z in a local variable");
    }
}
