package nncourse.lesson01;

import static org.junit.jupiter.api.Assertions.assertEquals;

import nncourse.learner.Exercise;
import nncourse.learner.TestTexts;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@Exercise("1.1")
@DisplayNameGeneration(TestTexts.Names.class)
class SigmoidTest {

    private static final TestTexts texts = TestTexts.of(SigmoidTest.class);

    private static final double TOLERANCE = 1e-9;

    @Test
    @Tag("formula")
    @Tag("edge")
    void atZeroIsExactlyOneHalf() {
        double sigma = Sigmoid.sigmoid(0);
        assertEquals(0.5, sigma, 0.0, () -> texts.say("exactly", sigma));
    }

    @ParameterizedTest(name = "σ({0}) = {1}")
    @CsvSource({
        " 1,  0.7310585786300049",
        "-1,  0.2689414213699951",
        " 2,  0.8807970779778823",
        "-5,  0.0066928509242848554",
        "10,  0.9999546021312976",
    })
    @Tag("formula")
    void matchesTheFormula(double z, double expected) {
        double sigma = Sigmoid.sigmoid(z);
        assertEquals(expected, sigma, TOLERANCE,
                () -> texts.say("signExponentRight", z, expected, sigma));
    }

    @ParameterizedTest(name = "σ(−{0}) = 1 − σ({0})")
    @CsvSource({"0.5", "1", "3", "7"})
    @Tag("formula")
    void isSymmetric(double z) {
        double left = Sigmoid.sigmoid(-z);
        double right = 1 - Sigmoid.sigmoid(z);
        assertEquals(right, left, TOLERANCE, () -> texts.say("equal", z, left, right));
    }

    @ParameterizedTest(name = "σ({0}) = {1}")
    @CsvSource({"800, 1", "-800, 0"})
    @Tag("edge")
    void saturatesForHugeZ(double z, double expected) {
        double sigma = Sigmoid.sigmoid(z);
        assertEquals(expected, sigma, TOLERANCE, () -> texts.say("shouldBe", z, expected, sigma,
                (Double.isNaN(sigma) ? texts.say("doubleNaNForm") : texts.say("risesGrowsSign"))));
    }
}
