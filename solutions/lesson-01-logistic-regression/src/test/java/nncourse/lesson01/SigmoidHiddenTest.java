package nncourse.lesson01;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import nncourse.learner.Exercise;
import nncourse.learner.TestTexts;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@Exercise("1.1")
@DisplayNameGeneration(TestTexts.Names.class)
class SigmoidHiddenTest {

    private static final TestTexts texts = TestTexts.of(SigmoidHiddenTest.class);

    private static final double TOLERANCE = Reference.TOLERANCE;

    @Nested
    @Tag("formula")
    class ForRandomZ {

        private final double[] zs = new Random(101).doubles(1000, -30, 30).toArray();

        @Test
        void matchesTheFormula() {
            for (double z : zs) {
                double expected = Reference.sigmoid(z);
                double sigma = Sigmoid.sigmoid(z);
                assertEquals(expected, sigma, TOLERANCE,
                        () -> texts.say("shouldBe", z, expected, sigma));
            }
        }

        @Test
        void isSymmetric() {
            for (double z : zs) {
                double left = Sigmoid.sigmoid(-z);
                double right = 1 - Sigmoid.sigmoid(z);
                assertEquals(right, left, TOLERANCE, () -> texts.say("equal", z));
            }
        }

        @Test
        void neverDecreases() {
            double[] sorted = zs.clone();
            Arrays.sort(sorted);
            for (int k = 1; k < sorted.length; k++) {
                double before = Sigmoid.sigmoid(sorted[k - 1]);
                double after = Sigmoid.sigmoid(sorted[k]);
                double z = sorted[k];
                assertTrue(after >= before, () -> texts.say("risesBelowValue", z, after, before));
            }
        }
    }

    @Test
    @Tag("edge")
    void atBothZerosIsExactlyOneHalf() {
        assertEquals(0.5, Sigmoid.sigmoid(0.0), 0.0, texts.say("exactly"));
        assertEquals(0.5, Sigmoid.sigmoid(-0.0), 0.0, texts.say("exactly2"));
    }

    @ParameterizedTest(name = "σ({0}) = {1}")
    @CsvSource({"710, 1", "-710, 0", "800, 1", "-800, 0", "1e300, 1", "-1e300, 0",
        "1.7976931348623157e308, 1", "-1.7976931348623157e308, 0"})
    @Tag("edge")
    void saturatesForHugeZ(double z, double expected) {
        double sigma = Sigmoid.sigmoid(z);
        assertEquals(expected, sigma, TOLERANCE, () -> texts.say("shouldBeHinted", z, expected, sigma,
                (Double.isNaN(sigma) ? texts.say("alreadyDoubleNaN") : texts.say("risesGrowsSign"))));
    }

    @Test
    @Tag("edge")
    void atInfinityIsOneAndZero() {
        assertEquals(1.0, Sigmoid.sigmoid(Double.POSITIVE_INFINITY), TOLERANCE, "σ(+∞) = 1");
        assertEquals(0.0, Sigmoid.sigmoid(Double.NEGATIVE_INFINITY), TOLERANCE, "σ(−∞) = 0");
    }

    @Test
    @Tag("edge")
    void ofNaNIsNaN() {
        double sigma = Sigmoid.sigmoid(Double.NaN);
        assertTrue(Double.isNaN(sigma), () -> texts.say("naNNaNNumber", sigma));
    }

    @ParameterizedTest(name = "σ({0}) ∈ [0, 1]")
    @ValueSource(doubles = {-1000, -100, -37, -1e-12, 1e-12, 37, 100, 1000})
    @Tag("formula")
    @Tag("edge")
    void staysBetweenZeroAndOne(double z) {
        double sigma = Sigmoid.sigmoid(z);
        assertTrue(sigma >= 0 && sigma <= 1, () -> texts.say("outside", z, sigma));
    }
}
