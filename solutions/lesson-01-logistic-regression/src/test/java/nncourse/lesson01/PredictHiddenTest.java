package nncourse.lesson01;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.Random;
import nncourse.learner.Exercise;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Exercise("1.4")
@DisplayName("1.4 predict (hidden)")
class PredictHiddenTest {

    @Test
    @DisplayName("is 1 exactly where h ≥ 0.5, for random θ and x")
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
            assertEquals(expected, prediction, () -> "θ = " + Arrays.toString(theta) + ", x = " + Arrays.toString(x)
                    + " gives z = " + z + ", so predict should be " + expected + " but was " + prediction);
        }
    }

    @Test
    @DisplayName("on the decision boundary, h = 0.5 exactly, is 1")
    @Tag("edge")
    void onTheBoundaryIsOne() {
        assertAll(
                () -> assertEquals(1, LogisticRegression.predict(new double[] {0, 0}, new double[] {123}),
                        "θ = 0 gives h = 0.5, which predicts 1 (h ≥ 0.5)"),
                () -> assertEquals(1, LogisticRegression.predict(new double[] {2, -4}, new double[] {0.5}),
                        "z = 2 − 4 · 0.5 = 0 gives h = 0.5, which predicts 1 (h ≥ 0.5)"),
                () -> assertEquals(1, LogisticRegression.predict(new double[] {-1, 0.5, 0.25}, new double[] {1, 2}),
                        "z = −1 + 0.5 + 0.5 = 0 gives h = 0.5, which predicts 1 (h ≥ 0.5)"));
    }

    @Test
    @DisplayName("just beside the boundary follows the side")
    @Tag("edge")
    void justBesideTheBoundaryFollowsTheSide() {
        assertAll(
                () -> assertEquals(1, LogisticRegression.predict(new double[] {1e-6, 0}, new double[] {5}),
                        "z = 10⁻⁶ gives h just above 0.5: predict 1"),
                () -> assertEquals(0, LogisticRegression.predict(new double[] {-1e-6, 0}, new double[] {5}),
                        "z = −10⁻⁶ gives h just below 0.5: predict 0"));
    }

    @Test
    @DisplayName("is 1 or 0 when |z| is huge")
    @Tag("edge")
    void worksWhenZIsHuge() {
        assertAll(
                () -> assertEquals(1, LogisticRegression.predict(new double[] {0, 1}, new double[] {1000}), "z = 1000"),
                () -> assertEquals(0, LogisticRegression.predict(new double[] {0, 1}, new double[] {-1000}), "z = −1000"));
    }

    @Test
    @DisplayName("rejects a θ that is not one longer than x")
    @Tag("bad-input")
    void rejectsThetaOfTheWrongLength() {
        assertAll(
                () -> assertThrows(IllegalArgumentException.class,
                        () -> LogisticRegression.predict(new double[] {1}, new double[] {1}),
                        "θ with 1 entry for 1 feature should be rejected"),
                () -> assertThrows(IllegalArgumentException.class,
                        () -> LogisticRegression.predict(new double[] {1, 2, 3}, new double[] {1}),
                        "θ with 3 entries for 1 feature should be rejected"));
    }

    @Test
    @DisplayName("leaves θ and x unchanged")
    @Tag("unmodified")
    void leavesItsArgumentsUnchanged() {
        double[] theta = {-3, 2};
        double[] x = {2.5};
        LogisticRegression.predict(theta, x);
        assertArrayEquals(new double[] {-3, 2}, theta, "predict must not change θ");
        assertArrayEquals(new double[] {2.5}, x, "predict must not change x");
    }
}
