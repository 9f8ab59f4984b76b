package nncourse.lesson01;

import static org.junit.jupiter.api.Assertions.assertEquals;

import nncourse.learner.Exercise;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@Exercise("1.5")
@DisplayName("1.5 cost J(θ) = −(1/m) Σ [y log h + (1 − y) log(1 − h)]")
class CostTest {

    private static final double TOLERANCE = 1e-9;

    @Test
    @DisplayName("at θ = 0 is log 2, whatever the data")
    void atZeroThetaIsLogTwo() {
        double[][] x = {{1}, {2}, {3}};
        int[] y = {0, 1, 1};
        double cost = LogisticRegression.cost(new double[] {0, 0}, x, y);
        assertEquals(Math.log(2), cost, TOLERANCE,
                () -> "θ = 0 gives h = 0.5 for every example, and −log 0.5 = log 2 = 0.6931, but got " + cost);
    }

    @Test
    @DisplayName("with θ = (0.5, −1) on two examples is their mean cost")
    void isTheMeanOverTheExamples() {
        double[][] x = {{1}, {2}};
        int[] y = {0, 1};
        double cost = LogisticRegression.cost(new double[] {0.5, -1}, x, y);
        assertEquals(1.0877451310814297, cost, TOLERANCE,
                () -> "z = (−0.5, −1.5): J = (log(1 + e^−0.5) + log(1 + e^−1.5) + 1.5) / 2 = 1.08775, but got "
                        + cost + " — did you divide by m = 2 and keep the leading minus sign?");
    }

    @Test
    @DisplayName("of a confident wrong answer (y = 0, z = 40) is 40, large but finite")
    void ofAConfidentWrongAnswerIsLargeButFinite() {
        double cost = LogisticRegression.cost(new double[] {0, 1}, new double[][] {{40}}, new int[] {0});
        assertEquals(40, cost, TOLERANCE * 40,
                () -> "h = σ(40) rounds to 1.0, so log(1 − h) = log 0 = −∞; the exact cost is"
                        + " log(1 + e^40) = 40.0, but got " + cost + (Double.isFinite(cost) && cost < 40
                                ? " — clipping h away from 0 and 1 caps the cost of a wrong answer;"
                                        + " compute log(1 + e^z) − y·z instead"
                                : " — compute log(1 + e^z) − y·z instead"));
    }
}
