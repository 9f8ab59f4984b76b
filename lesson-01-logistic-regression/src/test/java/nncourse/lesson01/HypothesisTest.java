package nncourse.lesson01;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import nncourse.learner.Exercise;
import nncourse.learner.TestTexts;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Exercise("1.3")
@DisplayNameGeneration(TestTexts.Names.class)
class HypothesisTest {

    private static final TestTexts texts = TestTexts.of(HypothesisTest.class);

    private static final double TOLERANCE = 1e-9;

    @Test
    @Tag("edge")
    void withZeroThetaIsOneHalf() {
        double h = LogisticRegression.hypothesis(new double[] {0, 0, 0}, new double[] {3, -7});
        assertEquals(0.5, h, TOLERANCE, () -> texts.say("atZeroThetaGot", h));
    }

    @Test
    @Tag("formula")
    @Tag("edge")
    void withOnlyABiasIsSigmaOfTheBias() {
        double h = LogisticRegression.hypothesis(new double[] {2, 0}, new double[] {7});
        assertEquals(0.8807970779778823, h, TOLERANCE,
                () -> texts.say("biasOnlyGot", h,
                        h == 0.5 ? texts.say("addBiasTheta")
                        : Math.abs(h - 0.11920292202211755) < TOLERANCE ? texts.say("signRight")
                        : Math.abs(h - 0.9999998874648379) < TOLERANCE ? texts.say("multipliesGoes")
                        : texts.say("addBiasTheta")));
    }

    @Test
    @Tag("formula")
    void withOneFeature() {
        double h = LogisticRegression.hypothesis(new double[] {-3, 2}, new double[] {2.5});
        assertEquals(0.8807970779778823, h, TOLERANCE,
                () -> texts.say("twoPointFiveGot", h));
    }

    @Test
    @Tag("formula")
    void withTwoFeatures() {
        double h = LogisticRegression.hypothesis(new double[] {0.5, -1, 2}, new double[] {1, 3});
        assertEquals(0.995929862284104, h, TOLERANCE,
                () -> texts.say("multipliesBecauseTheta", h));
    }

    @Test
    @Tag("bad-input")
    void rejectsThetaOfTheWrongLength() {
        assertThrows(IllegalArgumentException.class,
                () -> LogisticRegression.hypothesis(new double[] {1, 2}, new double[] {3, 4}),
                texts.say("featuresNeedsEntries"));
    }

    @Test
    @Tag("unmodified")
    void leavesItsArgumentsUnchanged() {
        double[] theta = {0.5, -1, 2};
        double[] x = {1, 3};
        LogisticRegression.hypothesis(theta, x);
        assertArrayEquals(new double[] {0.5, -1, 2}, theta, texts.say("onlyReads"));
        assertArrayEquals(new double[] {1, 3}, x, texts.say("onlyReadsAdd"));
    }
}
