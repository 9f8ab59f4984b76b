package nncourse.lesson01;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import nncourse.learner.Exercise;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@Exercise("1.1")
@DisplayName("1.1 sigmoid σ(z) (hidden)")
class SigmoidHiddenTest {

    private static final double TOLERANCE = Reference.TOLERANCE;

    @Nested
    @DisplayName("for random z in [−30, 30]")
    @Tag("formula")
    class ForRandomZ {

        private final double[] zs = new Random(101).doubles(1000, -30, 30).toArray();

        @Test
        @DisplayName("matches 1 / (1 + e^−z)")
        void matchesTheFormula() {
            for (double z : zs) {
                double expected = Reference.sigmoid(z);
                double sigma = Sigmoid.sigmoid(z);
                assertEquals(expected, sigma, TOLERANCE,
                        () -> "σ(" + z + ") should be " + expected + " but was " + sigma);
            }
        }

        @Test
        @DisplayName("is symmetric: σ(−z) = 1 − σ(z)")
        void isSymmetric() {
            for (double z : zs) {
                double left = Sigmoid.sigmoid(-z);
                double right = 1 - Sigmoid.sigmoid(z);
                assertEquals(right, left, TOLERANCE, () -> "σ(−z) should equal 1 − σ(z) for z = " + z);
            }
        }

        @Test
        @DisplayName("never decreases as z grows")
        void neverDecreases() {
            double[] sorted = zs.clone();
            Arrays.sort(sorted);
            for (int k = 1; k < sorted.length; k++) {
                double before = Sigmoid.sigmoid(sorted[k - 1]);
                double after = Sigmoid.sigmoid(sorted[k]);
                double z = sorted[k];
                assertTrue(after >= before, () -> "σ rises with z, but σ(" + z + ") = " + after
                        + " is below the value just before it, " + before);
            }
        }
    }

    @Test
    @DisplayName("at z = 0 and z = −0 is exactly 0.5")
    @Tag("edge")
    void atBothZerosIsExactlyOneHalf() {
        assertEquals(0.5, Sigmoid.sigmoid(0.0), 0.0, "σ(0) = 1 / (1 + 1) = 0.5 exactly");
        assertEquals(0.5, Sigmoid.sigmoid(-0.0), 0.0, "σ(−0) = 1 / (1 + 1) = 0.5 exactly");
    }

    @ParameterizedTest(name = "σ({0}) = {1}")
    @CsvSource({"710, 1", "-710, 0", "800, 1", "-800, 0", "1e300, 1", "-1e300, 0",
        "1.7976931348623157e308, 1", "-1.7976931348623157e308, 0"})
    @DisplayName("is 1 or 0, never NaN, for huge |z|")
    @Tag("edge")
    void saturatesForHugeZ(double z, double expected) {
        double sigma = Sigmoid.sigmoid(z);
        assertEquals(expected, sigma, TOLERANCE, () -> "σ(" + z + ") should be " + expected + " but was " + sigma
                + (Double.isNaN(sigma) ? " — e^710 is already +∞ in double, and ∞ / ∞ is NaN"
                        : " — σ rises from 0 to 1 as z grows: is the sign of the exponent right (e^−z, not e^z)?"));
    }

    @Test
    @DisplayName("at ±∞ is 1 and 0")
    @Tag("edge")
    void atInfinityIsOneAndZero() {
        assertEquals(1.0, Sigmoid.sigmoid(Double.POSITIVE_INFINITY), TOLERANCE, "σ(+∞) = 1");
        assertEquals(0.0, Sigmoid.sigmoid(Double.NEGATIVE_INFINITY), TOLERANCE, "σ(−∞) = 0");
    }

    @Test
    @DisplayName("of NaN is NaN")
    @Tag("edge")
    void ofNaNIsNaN() {
        double sigma = Sigmoid.sigmoid(Double.NaN);
        assertTrue(Double.isNaN(sigma), () -> "σ(NaN) should be NaN (not a number in, not a number out), but was " + sigma);
    }

    @ParameterizedTest(name = "σ({0}) is in [0, 1]")
    @ValueSource(doubles = {-1000, -100, -37, -1e-12, 1e-12, 37, 100, 1000})
    @DisplayName("stays between 0 and 1")
    @Tag("formula")
    @Tag("edge")
    void staysBetweenZeroAndOne(double z) {
        double sigma = Sigmoid.sigmoid(z);
        assertTrue(sigma >= 0 && sigma <= 1, () -> "σ(" + z + ") = " + sigma + " is outside [0, 1]");
    }
}
