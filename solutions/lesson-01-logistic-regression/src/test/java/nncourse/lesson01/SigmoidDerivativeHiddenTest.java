package nncourse.lesson01;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import nncourse.learner.Exercise;
import nncourse.learner.TestTexts;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@Exercise("1.2")
@DisplayNameGeneration(TestTexts.Names.class)
class SigmoidDerivativeHiddenTest {

    private static final TestTexts texts = TestTexts.of(SigmoidDerivativeHiddenTest.class);

    private static final double TOLERANCE = Reference.TOLERANCE;
    /** Central differences are accurate to about h² = 1e-10 here. */
    private static final double NUMERICAL_TOLERANCE = 1e-8;

    @Nested
    @Tag("formula")
    class ForRandomZ {

        private final double[] zs = new Random(102).doubles(1000, -30, 30).toArray();

        @Test
        void matchesTheFormula() {
            for (double z : zs) {
                double sigma = Reference.sigmoid(z);
                double expected = sigma * (1 - sigma);
                double slope = Sigmoid.derivative(z);
                assertEquals(expected, slope, TOLERANCE,
                        () -> texts.say("shouldBe", z, expected, slope));
            }
        }

        @Test
        void matchesCentralDifferences() {
            double h = 1e-5;
            for (double z : zs) {
                double numerical = (Reference.sigmoid(z + h) - Reference.sigmoid(z - h)) / (2 * h);
                double slope = Sigmoid.derivative(z);
                assertEquals(numerical, slope, NUMERICAL_TOLERANCE,
                        () -> texts.say("slopeGave", z, numerical, slope));
            }
        }

        @Test
        void isBetweenZeroAndOneQuarter() {
            for (double z : zs) {
                double slope = Sigmoid.derivative(z);
                assertTrue(slope >= 0 && slope <= 0.25 + TOLERANCE,
                        () -> texts.say("outside", z, slope));
            }
        }
    }

    @ParameterizedTest(name = "σ′({0}) = 0")
    @ValueSource(doubles = {800, -800, 1e300, -1e300, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY})
    @Tag("edge")
    void isZeroForHugeZ(double z) {
        double slope = Sigmoid.derivative(z);
        assertEquals(0.0, slope, TOLERANCE, () -> texts.say("sigmoidFlatFar", z, slope,
                (Double.isNaN(slope) ? texts.say("overflowsNaNCompute") : "")));
    }

    @Test
    @Tag("edge")
    void ofNaNIsNaN() {
        double slope = Sigmoid.derivative(Double.NaN);
        assertTrue(Double.isNaN(slope), () -> texts.say("naNNaN", slope));
    }
}
