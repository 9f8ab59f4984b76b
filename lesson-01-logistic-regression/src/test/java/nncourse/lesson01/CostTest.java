package nncourse.lesson01;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import nncourse.learner.Exercise;
import nncourse.learner.TestTexts;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Exercise("1.5")
@DisplayNameGeneration(TestTexts.Names.class)
class CostTest {

    private static final TestTexts texts = TestTexts.of(CostTest.class);

    private static final double TOLERANCE = 1e-9;

    @Test
    @Tag("formula")
    void atZeroThetaIsLogTwo() {
        double[][] x = {{1}, {2}, {3}};
        int[] y = {0, 1, 1};
        double cost = LogisticRegression.cost(new double[] {0, 0}, x, y);
        assertEquals(Math.log(2), cost, TOLERANCE,
                () -> texts.say("exampleLogLog", cost));
    }

    @Test
    @Tag("formula")
    void isTheMeanOverTheExamples() {
        double[][] x = {{1}, {2}};
        int[] y = {0, 1};
        double cost = LogisticRegression.cost(new double[] {0.5, -1}, x, y);
        assertEquals(1.0877451310814297, cost, TOLERANCE,
                () -> texts.say("logLogDivide", cost));
    }

    @Test
    @Tag("edge")
    void ofAConfidentWrongAnswerIsLargeButFinite() {
        double cost = LogisticRegression.cost(new double[] {0, 1}, new double[][] {{40}}, new int[] {0});
        assertEquals(40, cost, TOLERANCE * 40,
                () -> texts.say("roundsLogLog", cost,
                        (Double.isFinite(cost) && cost < 40 ? texts.say("clippingAwayCaps")
                                : texts.say("computeLogInstead"))));
    }

    @Test
    @Tag("data")
    void onIris() {
        Dataset iris = Datasets.irisPetalLength();
        double cost = LogisticRegression.cost(new double[] {-6, 2.4}, iris.x(), iris.y());
        assertEquals(0.05725610327667727, cost, TOLERANCE,
                () -> texts.say("putsBoundaryPetal", cost));
    }

    @Test
    @Tag("bad-input")
    void rejectsBadData() {
        double[] theta = {0, 0};
        assertAll(
                () -> assertThrows(IllegalArgumentException.class,
                        () -> LogisticRegression.cost(theta, new double[][] {{1}, {2}}, new int[] {0}),
                        texts.say("rowsLabelDefined")),
                () -> assertThrows(IllegalArgumentException.class,
                        () -> LogisticRegression.cost(theta, new double[][] {{1}, {2}}, new int[] {0, 2}),
                        texts.say("label")));
    }

    @Test
    @Tag("unmodified")
    void leavesItsArgumentsUnchanged() {
        double[] theta = {0.5, -1};
        double[][] x = {{1}, {2}};
        int[] y = {0, 1};
        LogisticRegression.cost(theta, x, y);
        assertArrayEquals(new double[] {0.5, -1}, theta, texts.say("onlyReads"));
        assertArrayEquals(new double[][] {{1}, {2}}, x, texts.say("onlyReads2"));
        assertArrayEquals(new int[] {0, 1}, y, texts.say("onlyReads3"));
    }
}
