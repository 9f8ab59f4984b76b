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

@Exercise("1.4")
@DisplayNameGeneration(TestTexts.Names.class)
class PredictHiddenTest {

    private static final TestTexts texts = TestTexts.of(PredictHiddenTest.class);

    @Test
    @Tag("formula")
    void followsTheRuleForRandomInputs() {
        Random rng = new Random(104);
        for (int trial = 0; trial < 300; trial++) {
            int n = 1 + rng.nextInt(6);
            double[] theta = Reference.randomVector(rng, n + 1, 2);
            double[] x = Reference.randomVector(rng, n, 2);
            double z = Reference.z(theta, x);
            if (Math.abs(z) < 1e-9) {
                continue; // too close to call with rounding; the boundary has its own test
            }
            int expected = z > 0 ? 1 : 0;
            int prediction = LogisticRegression.predict(theta, x);
            assertEquals(expected, prediction, () -> texts.say("predict", Arrays.toString(theta), Arrays.toString(x),
                    z, expected, prediction));
        }
    }

    @Test
    @Tag("edge")
    void onTheBoundaryIsOne() {
        assertAll(
                () -> assertEquals(1, LogisticRegression.predict(new double[] {0, 0}, new double[] {123}),
                        texts.say("predicts")),
                () -> assertEquals(1, LogisticRegression.predict(new double[] {2, -4}, new double[] {0.5}),
                        texts.say("predicts2")),
                () -> assertEquals(1, LogisticRegression.predict(new double[] {-1, 0.5, 0.25}, new double[] {1, 2}),
                        texts.say("predicts3")));
    }

    @Test
    @Tag("edge")
    void justBesideTheBoundaryFollowsTheSide() {
        assertAll(
                () -> assertEquals(1, LogisticRegression.predict(new double[] {1e-6, 0}, new double[] {5}),
                        texts.say("justAbovePredict")),
                () -> assertEquals(0, LogisticRegression.predict(new double[] {-1e-6, 0}, new double[] {5}),
                        texts.say("justBelowPredict")));
    }

    @Test
    @Tag("edge")
    void worksWhenZIsHuge() {
        assertAll(
                () -> assertEquals(1, LogisticRegression.predict(new double[] {0, 1}, new double[] {1000}), "z = 1000"),
                () -> assertEquals(0, LogisticRegression.predict(new double[] {0, 1}, new double[] {-1000}),
                        "z = −1000"));
    }

    @Test
    @Tag("bad-input")
    void rejectsThetaOfTheWrongLength() {
        assertAll(
                () -> assertThrows(IllegalArgumentException.class,
                        () -> LogisticRegression.predict(new double[] {1}, new double[] {1}),
                        texts.say("entryFeatureRejected")),
                () -> assertThrows(IllegalArgumentException.class,
                        () -> LogisticRegression.predict(new double[] {1, 2, 3}, new double[] {1}),
                        texts.say("entriesFeatureRejected")));
    }

    @Test
    @Tag("unmodified")
    void leavesItsArgumentsUnchanged() {
        double[] theta = {-3, 2};
        double[] x = {2.5};
        LogisticRegression.predict(theta, x);
        assertArrayEquals(new double[] {-3, 2}, theta, texts.say("predictChange"));
        assertArrayEquals(new double[] {2.5}, x, texts.say("predictChange2"));
    }
}
