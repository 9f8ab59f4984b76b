package nncourse.lesson01;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import nncourse.learner.Exercise;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@Exercise("1.4")
@DisplayName("1.4 predict: 1 when h ≥ 0.5, else 0")
class PredictTest {

    private static final double[] THETA = {-3, 2};

    @ParameterizedTest(name = "θ = (−3, 2), x = ({0}): z = {1}, predicts {2}")
    @CsvSource({
        "2.5,  2, 1",
        "4.0,  5, 1",
        "0.5, -2, 0",
        "1.0, -1, 0",
    })
    @DisplayName("follows the side of the decision boundary")
    @Tag("formula")
    void followsTheSideOfTheBoundary(double x1, double z, int expected) {
        int prediction = LogisticRegression.predict(THETA, new double[] {x1});
        assertEquals(expected, prediction, () -> "z = " + z + " gives h = σ(z) " + (z > 0 ? "> 0.5" : "< 0.5")
                + ", so the prediction is " + expected + ", but got " + prediction);
    }

    @Test
    @DisplayName("at h = 0.5 exactly predicts 1")
    @Tag("edge")
    void onTheBoundaryPredictsOne() {
        int prediction = LogisticRegression.predict(THETA, new double[] {1.5});
        assertEquals(1, prediction, () -> "z = −3 + 2 · 1.5 = 0 gives h = 0.5, and the rule is h ≥ 0.5 → 1,"
                + " but got " + prediction + " — is it ≥, not >?");
    }

    @Test
    @DisplayName("rejects a θ that is not one longer than x")
    @Tag("bad-input")
    void rejectsThetaOfTheWrongLength() {
        assertThrows(IllegalArgumentException.class,
                () -> LogisticRegression.predict(new double[] {-3, 2, 1}, new double[] {1.5}),
                "x has n = 1 feature, so θ = (θ₀, θ₁) needs n + 1 = 2 entries, not 3: throw IllegalArgumentException");
    }

    @Test
    @DisplayName("leaves θ and x unchanged")
    @Tag("unmodified")
    void leavesItsArgumentsUnchanged() {
        double[] theta = {-3, 2};
        double[] x = {2.5};
        LogisticRegression.predict(theta, x);
        assertArrayEquals(new double[] {-3, 2}, theta, "predicting reads θ and must not change it");
        assertArrayEquals(new double[] {2.5}, x, "predicting reads x and must not change it");
    }
}
