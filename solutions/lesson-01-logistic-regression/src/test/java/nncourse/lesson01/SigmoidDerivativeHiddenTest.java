package nncourse.lesson01;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import nncourse.learner.Exercise;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@Exercise("1.2")
@DisplayName("1.2 sigmoid derivative σ′(z) (hidden)")
class SigmoidDerivativeHiddenTest {

    private static final double TOLERANCE = Reference.TOLERANCE;
    /** Central differences are accurate to about h² = 1e-10 here. */
    private static final double NUMERICAL_TOLERANCE = 1e-8;

    @Nested
    @DisplayName("for random z in [−30, 30]")
    @Tag("formula")
    class ForRandomZ {

        private final double[] zs = new Random(102).doubles(1000, -30, 30).toArray();

        @Test
        @DisplayName("matches σ(z)(1 − σ(z))")
        void matchesTheFormula() {
            for (double z : zs) {
                double sigma = Reference.sigmoid(z);
                double expected = sigma * (1 - sigma);
                double slope = Sigmoid.derivative(z);
                assertEquals(expected, slope, TOLERANCE,
                        () -> "σ′(" + z + ") should be " + expected + " but was " + slope);
            }
        }

        @Test
        @DisplayName("matches the slope (σ(z + h) − σ(z − h)) / 2h")
        void matchesCentralDifferences() {
            double h = 1e-5;
            for (double z : zs) {
                double numerical = (Reference.sigmoid(z + h) - Reference.sigmoid(z - h)) / (2 * h);
                double slope = Sigmoid.derivative(z);
                assertEquals(numerical, slope, NUMERICAL_TOLERANCE,
                        () -> "the slope of σ at z = " + z + " is " + numerical + " but σ′ gave " + slope);
            }
        }

        @Test
        @DisplayName("is between 0 and 0.25")
        void isBetweenZeroAndOneQuarter() {
            for (double z : zs) {
                double slope = Sigmoid.derivative(z);
                assertTrue(slope >= 0 && slope <= 0.25 + TOLERANCE,
                        () -> "σ′(" + z + ") = " + slope + " is outside [0, 0.25]");
            }
        }
    }

    @ParameterizedTest(name = "σ′({0}) = 0")
    @ValueSource(doubles = {800, -800, 1e300, -1e300, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY})
    @DisplayName("is 0, never NaN, for huge |z|")
    @Tag("edge")
    void isZeroForHugeZ(double z) {
        double slope = Sigmoid.derivative(z);
        assertEquals(0.0, slope, TOLERANCE, () -> "the sigmoid is flat far out, so σ′(" + z + ") = 0, but got " + slope
                + (Double.isNaN(slope) ? " — e^−z overflows to +∞ for z ≤ −710, and ∞ / ∞ is NaN:"
                        + " compute σ′ from σ(z) as σ(z)(1 − σ(z))" : ""));
    }

    @Test
    @DisplayName("of NaN is NaN")
    @Tag("edge")
    void ofNaNIsNaN() {
        double slope = Sigmoid.derivative(Double.NaN);
        assertTrue(Double.isNaN(slope), () -> "σ′(NaN) should be NaN, but was " + slope);
    }
}
