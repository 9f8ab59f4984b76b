package nncourse.lesson01;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import nncourse.learner.Exercise;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Exercise("1.5")
@DisplayName("1.5 cost J(θ) = −(1/m) Σ [y log h + (1 − y) log(1 − h)]")
class CostTest {

    private static final double TOLERANCE = 1e-9;

    @Test
    @DisplayName("at θ = 0 is log 2, whatever the data")
    @Tag("formula")
    void atZeroThetaIsLogTwo() {
        double[][] x = {{1}, {2}, {3}};
        int[] y = {0, 1, 1};
        double cost = LogisticRegression.cost(new double[] {0, 0}, x, y);
        assertEquals(Math.log(2), cost, TOLERANCE,
                () -> "θ = 0 gives h = 0.5 for every example, and −log 0.5 = log 2 = 0.6931, but got " + cost);
    }

    @Test
    @DisplayName("with θ = (0.5, −1) on two examples is their mean cost")
    @Tag("formula")
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
    @Tag("edge")
    void ofAConfidentWrongAnswerIsLargeButFinite() {
        double cost = LogisticRegression.cost(new double[] {0, 1}, new double[][] {{40}}, new int[] {0});
        assertEquals(40, cost, TOLERANCE * 40,
                () -> "h = σ(40) rounds to 1.0, so log(1 − h) = log 0 = −∞; the exact cost is"
                        + " log(1 + e^40) = 40.0, but got " + cost + (Double.isFinite(cost) && cost < 40
                                ? " — clipping h away from 0 and 1 caps the cost of a wrong answer;"
                                        + " compute log(1 + e^z) − y·z instead"
                                : " — compute log(1 + e^z) − y·z instead"));
    }

    @Test
    @DisplayName("on the iris petal lengths with θ = (−6, 2.4) is 0.05726")
    @Tag("data")
    void onIris() {
        Dataset iris = Datasets.irisPetalLength();
        double cost = LogisticRegression.cost(new double[] {-6, 2.4}, iris.x(), iris.y());
        assertEquals(0.05725610327667727, cost, TOLERANCE,
                () -> "z = −6 + 2.4x puts the boundary at a petal length of 2.5 cm, between setosa (y = 0) and"
                        + " versicolor (y = 1): the mean of log(1 + e^z) − y·z over the m = 100 flowers is 0.05726,"
                        + " but got " + cost);
    }

    @Test
    @DisplayName("rejects x and y of different lengths and a label that is not 0 or 1")
    @Tag("bad-input")
    void rejectsBadData() {
        double[] theta = {0, 0};
        assertAll(
                () -> assertThrows(IllegalArgumentException.class,
                        () -> LogisticRegression.cost(theta, new double[][] {{1}, {2}}, new int[] {0}),
                        "2 rows of x but 1 label: m is not defined — call Dataset.requireShapes(x, y) first"),
                () -> assertThrows(IllegalArgumentException.class,
                        () -> LogisticRegression.cost(theta, new double[][] {{1}, {2}}, new int[] {0, 2}),
                        "y = 2 is not a label: y is 0 or 1"));
    }

    @Test
    @DisplayName("leaves θ, x and y unchanged")
    @Tag("unmodified")
    void leavesItsArgumentsUnchanged() {
        double[] theta = {0.5, -1};
        double[][] x = {{1}, {2}};
        int[] y = {0, 1};
        LogisticRegression.cost(theta, x, y);
        assertArrayEquals(new double[] {0.5, -1}, theta, "J(θ) only reads θ");
        assertArrayEquals(new double[][] {{1}, {2}}, x, "J(θ) only reads x");
        assertArrayEquals(new int[] {0, 1}, y, "J(θ) only reads y");
    }
}
