package nncourse.lesson01;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.Random;
import nncourse.learner.Exercise;
import nncourse.learner.TestTexts;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Exercise("1.3")
@DisplayNameGeneration(TestTexts.Names.class)
class HypothesisHiddenTest {

    private static final TestTexts texts = TestTexts.of(HypothesisHiddenTest.class);

    private static final double TOLERANCE = Reference.TOLERANCE;

    @Test
    @Tag("formula")
    void matchesTheFormulaForRandomInputs() {
        Random rng = new Random(103);
        for (int trial = 0; trial < 300; trial++) {
            int n = 1 + rng.nextInt(6);
            double[] theta = Reference.randomVector(rng, n + 1, 2);
            double[] x = Reference.randomVector(rng, n, 2);
            double expected = Reference.sigmoid(Reference.z(theta, x));
            double h = LogisticRegression.hypothesis(theta, x);
            assertEquals(expected, h, TOLERANCE, () -> texts.say("expectedThetaBias", Arrays.toString(theta),
                    Arrays.toString(x), expected, h));
        }
    }

    @Test
    @Tag("edge")
    void withZeroFeaturesIsSigmaOfTheBias() {
        double h = LogisticRegression.hypothesis(new double[] {-1.5, 3, -4}, new double[] {0, 0});
        assertEquals(Reference.sigmoid(-1.5), h, TOLERANCE,
                () -> texts.say("leavesOnlyAdd", h));
    }

    @Test
    @Tag("edge")
    void saturatesWhenZIsHuge() {
        assertAll(
                () -> assertEquals(1.0, LogisticRegression.hypothesis(new double[] {900, 0}, new double[] {1}),
                        TOLERANCE, texts.say("zNineHundred")),
                () -> assertEquals(0.0, LogisticRegression.hypothesis(new double[] {-900, 0}, new double[] {1}),
                        TOLERANCE, texts.say("zMinusNineHundred")),
                () -> assertEquals(1.0, LogisticRegression.hypothesis(new double[] {0, 1e6}, new double[] {1e3}),
                        TOLERANCE, texts.say("zBillion")),
                () -> assertEquals(0.0, LogisticRegression.hypothesis(new double[] {0, 1e6}, new double[] {-1e3}),
                        TOLERANCE, texts.say("zMinusBillion")));
    }

    @Test
    @Tag("bad-input")
    void rejectsThetaOfTheWrongLength() {
        assertAll(
                () -> assertThrows(IllegalArgumentException.class,
                        () -> LogisticRegression.hypothesis(new double[] {1, 2}, new double[] {1, 2}),
                        texts.say("withoutBiasEntries")),
                () -> assertThrows(IllegalArgumentException.class,
                        () -> LogisticRegression.hypothesis(new double[] {1}, new double[] {1, 2}),
                        texts.say("entryFeaturesRejected")),
                () -> assertThrows(IllegalArgumentException.class,
                        () -> LogisticRegression.hypothesis(new double[] {1, 2, 3, 4}, new double[] {1}),
                        texts.say("entriesFeatureRejected")));
    }

    @Test
    @Tag("unmodified")
    void leavesItsArgumentsUnchanged() {
        double[] theta = {0.5, -1, 2};
        double[] x = {1, 3};
        LogisticRegression.hypothesis(theta, x);
        assertArrayEquals(new double[] {0.5, -1, 2}, theta, texts.say("hypothesisChange"));
        assertArrayEquals(new double[] {1, 3}, x, texts.say("hypothesisChange2"));
    }
}
