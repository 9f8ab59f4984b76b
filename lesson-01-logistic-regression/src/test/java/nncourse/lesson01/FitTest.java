package nncourse.lesson01;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import nncourse.learner.Exercise;
import nncourse.learner.TestTexts;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Exercise("1.7")
@DisplayNameGeneration(TestTexts.Names.class)
class FitTest {

    private static final TestTexts texts = TestTexts.of(FitTest.class);

    private static final double TOLERANCE = 1e-9;
    private static final double[][] X = {{1}, {2}, {3}};
    private static final int[] Y = {0, 1, 1};

    @Test
    @Tag("edge")
    void withZeroIterationsStaysAtZero() {
        LogisticRegression.Fit fit = LogisticRegression.fit(X, Y, 0.1, 0);
        assertArrayEquals(new double[] {0, 0}, fit.theta(), TOLERANCE,
                () -> texts.say("stepAskedStay", Arrays.toString(fit.theta())));
        assertArrayEquals(new double[] {Math.log(2)}, fit.costHistory(), TOLERANCE,
                () -> texts.say("historyHoldsSteps", Arrays.toString(fit.costHistory()),
                        (Arrays.equals(fit.costHistory(), new double[] {0}) ? texts.say("costHistoryNeverWritten")
                                : "")));
    }

    @Test
    @Tag("formula")
    void takesOneStep() {
        LogisticRegression.Fit fit = LogisticRegression.fit(X, Y, 0.3, 1);
        double[] expected = {0.05, 0.2};
        assertArrayEquals(expected, fit.theta(), TOLERANCE,
                () -> texts.say("stepStepAgainst", Arrays.toString(fit.theta())));
    }

    @Test
    @Tag("formula")
    void recordsIterationsPlusOneCosts() {
        double[] history = LogisticRegression.fit(X, Y, 0.3, 5).costHistory();
        assertEquals(6, history.length, () -> texts.say("iterationsStepsEntries", history.length));
        assertEquals(Math.log(2), history[0], TOLERANCE,
                () -> texts.say("costHistoryAnyStep", history[0]));
    }

    @Test
    @Tag("data")
    void lowersTheCostOnIris() {
        Dataset iris = Datasets.irisPetalLength();
        double[] history = LogisticRegression.fit(iris.x(), iris.y(), 0.1, 500).costHistory();
        double last = history[history.length - 1];
        assertTrue(last < 0.5 * history[0], () -> texts.say("stepsCostFallen", history[0], last));
    }

    @Test
    @Tag("bad-input")
    void rejectsBadSettings() {
        assertAll(
                () -> assertThrows(IllegalArgumentException.class, () -> LogisticRegression.fit(X, Y, 0, 10),
                        texts.say("neverMovesThrow")),
                () -> assertThrows(IllegalArgumentException.class, () -> LogisticRegression.fit(X, Y, 0.1, -1),
                        texts.say("iterationsCannotTaken")));
    }

    @Test
    @Tag("unmodified")
    void leavesItsArgumentsUnchanged() {
        double[][] x = {{1}, {2}, {3}};
        int[] y = {0, 1, 1};
        LogisticRegression.fit(x, y, 0.3, 5);
        assertArrayEquals(new double[][] {{1}, {2}, {3}}, x, texts.say("gradientDescentChanges"));
        assertArrayEquals(new int[] {0, 1, 1}, y, texts.say("gradientDescentChanges2"));
    }
}
