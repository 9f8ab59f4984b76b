package nncourse.lesson01;

import static org.junit.jupiter.api.Assertions.assertEquals;

import nncourse.learner.Exercise;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@Exercise("1.2")
@DisplayName("1.2 sigmoid derivative σ′(z) = σ(z)(1 − σ(z))")
class SigmoidDerivativeTest {

    private static final double TOLERANCE = 1e-9;

    @Test
    @DisplayName("at z = 0 is 0.25, its largest value")
    @Tag("formula")
    void atZeroIsOneQuarter() {
        double slope = Sigmoid.derivative(0);
        assertEquals(0.25, slope, TOLERANCE,
                () -> "σ′(0) = σ(0)(1 − σ(0)) = 0.5 · 0.5 = 0.25, but got " + slope + mistakeIn(0, slope, ""));
    }

    @ParameterizedTest(name = "σ′({0}) = {1}")
    @CsvSource({
        " 1,  0.19661193324148185",
        "-2,  0.1049935854035065",
        " 5,  0.006648056670790033",
    })
    @DisplayName("matches σ(z)(1 − σ(z))")
    @Tag("formula")
    void matchesTheFormula(double z, double expected) {
        double slope = Sigmoid.derivative(z);
        assertEquals(expected, slope, TOLERANCE, () -> "σ′(" + z + ") should be " + expected + " but was "
                + slope + mistakeIn(z, slope, " — multiply σ(z) by (1 − σ(z)), not by (1 − z)"));
    }

    @ParameterizedTest(name = "σ′(−{0}) = σ′({0})")
    @CsvSource({"0.5", "2", "6"})
    @DisplayName("is symmetric: σ′(−z) = σ′(z)")
    @Tag("formula")
    void isSymmetric(double z) {
        double left = Sigmoid.derivative(-z);
        double right = Sigmoid.derivative(z);
        assertEquals(right, left, TOLERANCE,
                () -> "the sigmoid is as steep at −z as at z = " + z + ", but σ′(−z) = " + left
                        + " and σ′(z) = " + right + mistakeIn(z, right, mistakeIn(-z, left, "")));
    }

    /** What a wrong σ′(z) most likely computed, or {@code otherwise}. */
    private static String mistakeIn(double z, double slope, String otherwise) {
        double sigma = 1 / (1 + Math.exp(-z));
        if (Math.abs(slope - sigma * (1 + sigma)) < TOLERANCE) {
            return " — that is σ(z)(1 + σ(z)): the second factor is (1 − σ(z)), with a minus";
        }
        if (Math.abs(slope - sigma * (1 - z)) < TOLERANCE) {
            return " — that is σ(z)(1 − z): the second factor is (1 − σ(z)), not (1 − z)";
        }
        return otherwise;
    }

    @ParameterizedTest(name = "σ′({0}) = 0")
    @CsvSource({"800", "-800"})
    @DisplayName("is 0, not NaN, for huge |z|")
    @Tag("edge")
    void isZeroForHugeZ(double z) {
        double slope = Sigmoid.derivative(z);
        assertEquals(0, slope, TOLERANCE, () -> "σ(" + z + ") is " + (z > 0 ? "1" : "0") + ", so σ′ = σ(1 − σ) = 0,"
                + " but got " + slope + (Double.isNaN(slope)
                        ? " — e^800 is +∞ in double, and e^−z / (1 + e^−z)² is then ∞ / ∞ = NaN"
                        : " — multiply σ(z) by (1 − σ(z))"));
    }
}
