package nncourse.lesson01;

import static org.junit.jupiter.api.Assertions.assertEquals;

import nncourse.learner.Exercise;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@Exercise("1.1")
@DisplayName("1.1 sigmoid σ(z) = 1 / (1 + e^−z)")
class SigmoidTest {

    private static final double TOLERANCE = 1e-9;

    @Test
    @DisplayName("at z = 0 is exactly 0.5")
    @Tag("formula")
    @Tag("edge")
    void atZeroIsExactlyOneHalf() {
        double sigma = Sigmoid.sigmoid(0);
        assertEquals(0.5, sigma, 0.0, () -> "σ(0) = 1 / (1 + e⁰) = 1 / 2 exactly, but got " + sigma);
    }

    @ParameterizedTest(name = "σ({0}) = {1}")
    @CsvSource({
        " 1,  0.7310585786300049",
        "-1,  0.2689414213699951",
        " 2,  0.8807970779778823",
        "-5,  0.0066928509242848554",
        "10,  0.9999546021312976",
    })
    @DisplayName("matches 1 / (1 + e^−z)")
    @Tag("formula")
    void matchesTheFormula(double z, double expected) {
        double sigma = Sigmoid.sigmoid(z);
        assertEquals(expected, sigma, TOLERANCE,
                () -> "σ(" + z + ") should be " + expected + " but was " + sigma
                        + " — is the sign of the exponent right (e^−z, not e^z)?");
    }

    @ParameterizedTest(name = "σ(−{0}) = 1 − σ({0})")
    @CsvSource({"0.5", "1", "3", "7"})
    @DisplayName("is symmetric: σ(−z) = 1 − σ(z)")
    @Tag("formula")
    void isSymmetric(double z) {
        double left = Sigmoid.sigmoid(-z);
        double right = 1 - Sigmoid.sigmoid(z);
        assertEquals(right, left, TOLERANCE, () -> "σ(−z) should equal 1 − σ(z) for z = " + z
                + ", but σ(−z) = " + left + " and 1 − σ(z) = " + right);
    }

    @ParameterizedTest(name = "σ({0}) = {1}")
    @CsvSource({"800, 1", "-800, 0"})
    @DisplayName("is 1 or 0, not NaN, for huge |z|")
    @Tag("edge")
    void saturatesForHugeZ(double z, double expected) {
        double sigma = Sigmoid.sigmoid(z);
        assertEquals(expected, sigma, TOLERANCE, () -> "σ(" + z + ") should be " + expected + " but was " + sigma
                + (Double.isNaN(sigma) ? " — e^800 is +∞ in double, and ∞ / ∞ is NaN: which form avoids it?"
                        : " — σ rises from 0 to 1 as z grows: is the sign of the exponent right (e^−z, not e^z)?"));
    }
}
