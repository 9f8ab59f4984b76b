package nncourse.lesson01;

import static org.junit.jupiter.api.Assertions.assertEquals;

import nncourse.learner.Exercise;
import nncourse.learner.TestTexts;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@Exercise("1.2")
@DisplayNameGeneration(TestTexts.Names.class)
class SigmoidDerivativeTest {

    private static final TestTexts texts = TestTexts.of(SigmoidDerivativeTest.class);

    private static final double TOLERANCE = 1e-9;

    @Test
    @Tag("formula")
    void atZeroIsOneQuarter() {
        double slope = Sigmoid.derivative(0);
        assertEquals(0.25, slope, TOLERANCE,
                () -> texts.say("atZeroGot", slope, mistakeIn(0, slope, "")));
    }

    @ParameterizedTest(name = "σ′({0}) = {1}")
    @CsvSource({
        " 1,  0.19661193324148185",
        "-2,  0.1049935854035065",
        " 5,  0.006648056670790033",
    })
    @Tag("formula")
    void matchesTheFormula(double z, double expected) {
        double slope = Sigmoid.derivative(z);
        assertEquals(expected, slope, TOLERANCE, () -> texts.say("shouldBe", z, expected, slope,
                mistakeIn(z, slope, texts.say("multiply"))));
    }

    @ParameterizedTest(name = "σ′(−{0}) = σ′({0})")
    @CsvSource({"0.5", "2", "6"})
    @Tag("formula")
    void isSymmetric(double z) {
        double left = Sigmoid.derivative(-z);
        double right = Sigmoid.derivative(z);
        assertEquals(right, left, TOLERANCE,
                () -> texts.say("sigmoidSteep", z, left, right, mistakeIn(z, right, mistakeIn(-z, left, ""))));
    }

    /** What a wrong σ′(z) most likely computed, or {@code otherwise}. */
    private static String mistakeIn(double z, double slope, String otherwise) {
        double sigma = 1 / (1 + Math.exp(-z));
        if (Math.abs(slope - sigma * (1 + sigma)) < TOLERANCE) {
            return texts.say("secondFactorMinus");
        }
        if (Math.abs(slope - sigma * (1 - z)) < TOLERANCE) {
            return texts.say("secondFactor");
        }
        return otherwise;
    }

    @ParameterizedTest(name = "σ′({0}) = 0")
    @CsvSource({"800", "-800"})
    @Tag("edge")
    void isZeroForHugeZ(double z) {
        double slope = Sigmoid.derivative(z);
        assertEquals(0, slope, TOLERANCE, () -> texts.say("saturatedGot", z, (z > 0 ? "1" : "0"), slope,
                (Double.isNaN(slope) ? texts.say("doubleNaN") : texts.say("multiply2"))));
    }
}
