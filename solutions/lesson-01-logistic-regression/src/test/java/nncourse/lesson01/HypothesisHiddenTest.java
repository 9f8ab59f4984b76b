package nncourse.lesson01;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.Random;
import nncourse.learner.Exercise;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Exercise("1.3")
@DisplayName("1.3 hypothesis h_θ(x) (hidden)")
class HypothesisHiddenTest {

    private static final double TOLERANCE = Reference.TOLERANCE;

    @Test
    @DisplayName("matches σ(θ₀ + θ₁x₁ + … + θₙxₙ) for random θ and x with 1 to 6 features")
    @Tag("formula")
    void matchesTheFormulaForRandomInputs() {
        Random rng = new Random(103);
        for (int trial = 0; trial < 300; trial++) {
            int n = 1 + rng.nextInt(6);
            double[] theta = Reference.randomVector(rng, n + 1, 2);
            double[] x = Reference.randomVector(rng, n, 2);
            double expected = Reference.sigmoid(Reference.z(theta, x));
            double h = LogisticRegression.hypothesis(theta, x);
            assertEquals(expected, h, TOLERANCE, () -> "θ = " + Arrays.toString(theta) + ", x = " + Arrays.toString(x)
                    + ": expected " + expected + " but got " + h + " — theta[0] is the bias, theta[j] multiplies x[j − 1]");
        }
    }

    @Test
    @DisplayName("with every feature 0 is σ(θ₀), the bias alone")
    @Tag("edge")
    void withZeroFeaturesIsSigmaOfTheBias() {
        double h = LogisticRegression.hypothesis(new double[] {-1.5, 3, -4}, new double[] {0, 0});
        assertEquals(Reference.sigmoid(-1.5), h, TOLERANCE,
                () -> "x = 0 leaves only θ₀ = −1.5 in z, but got " + h + " — did you add theta[0]?");
    }

    @Test
    @DisplayName("is 1 or 0, never NaN, when |z| is huge")
    @Tag("edge")
    void saturatesWhenZIsHuge() {
        assertAll(
                () -> assertEquals(1.0, LogisticRegression.hypothesis(new double[] {900, 0}, new double[] {1}), TOLERANCE,
                        "z = 900 gives h = 1"),
                () -> assertEquals(0.0, LogisticRegression.hypothesis(new double[] {-900, 0}, new double[] {1}), TOLERANCE,
                        "z = −900 gives h = 0"),
                () -> assertEquals(1.0, LogisticRegression.hypothesis(new double[] {0, 1e6}, new double[] {1e3}), TOLERANCE,
                        "z = 10⁹ gives h = 1"),
                () -> assertEquals(0.0, LogisticRegression.hypothesis(new double[] {0, 1e6}, new double[] {-1e3}), TOLERANCE,
                        "z = −10⁹ gives h = 0"));
    }

    @Test
    @DisplayName("rejects a θ that is not one longer than x")
    @Tag("bad-input")
    void rejectsThetaOfTheWrongLength() {
        assertAll(
                () -> assertThrows(IllegalArgumentException.class,
                        () -> LogisticRegression.hypothesis(new double[] {1, 2}, new double[] {1, 2}),
                        "θ without a bias (2 entries for 2 features) should be rejected"),
                () -> assertThrows(IllegalArgumentException.class,
                        () -> LogisticRegression.hypothesis(new double[] {1}, new double[] {1, 2}),
                        "θ with 1 entry for 2 features should be rejected"),
                () -> assertThrows(IllegalArgumentException.class,
                        () -> LogisticRegression.hypothesis(new double[] {1, 2, 3, 4}, new double[] {1}),
                        "θ with 4 entries for 1 feature should be rejected"));
    }

    @Test
    @DisplayName("leaves θ and x unchanged")
    @Tag("unmodified")
    void leavesItsArgumentsUnchanged() {
        double[] theta = {0.5, -1, 2};
        double[] x = {1, 3};
        LogisticRegression.hypothesis(theta, x);
        assertArrayEquals(new double[] {0.5, -1, 2}, theta, "hypothesis must not change θ");
        assertArrayEquals(new double[] {1, 3}, x, "hypothesis must not change x");
    }
}
