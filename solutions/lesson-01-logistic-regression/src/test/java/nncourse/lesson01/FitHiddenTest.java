package nncourse.lesson01;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import nncourse.learner.Exercise;
import nncourse.learner.TestTexts;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@Exercise("1.7")
@DisplayNameGeneration(TestTexts.Names.class)
class FitHiddenTest {

    private static final TestTexts texts = TestTexts.of(FitHiddenTest.class);

    private static final double TOLERANCE = Reference.TOLERANCE;

    @Test
    @Timeout(2)
    @Tag("data")
    void separatesIris() {
        Dataset iris = Datasets.irisPetalLength();
        double[] theta = LogisticRegression.fit(iris.x(), iris.y(), 0.1, 2000).theta();
        double accuracy = Reference.accuracy(theta, iris.x(), iris.y());
        assertEquals(1.0, accuracy, TOLERANCE, () -> texts.say("setosaVersicolorOverlap", Arrays.toString(theta),
                accuracy));
    }

    @Test
    @Timeout(2)
    @Tag("data")
    void learnsBreastCancer() {
        Dataset data = Datasets.breastCancer();
        double[] theta = LogisticRegression.fit(data.x(), data.y(), 0.5, 500).theta();
        assertEquals(31, theta.length, texts.say("featuresNeedEntries"));
        double accuracy = Reference.accuracy(theta, data.x(), data.y());
        assertTrue(accuracy >= 0.97, () -> texts.say("trainingAccuracyReach", accuracy));
    }

    @Test
    @Timeout(2)
    @Tag("data")
    void neverRaisesTheCost() {
        Dataset iris = Datasets.irisPetalLength();
        double[] history = LogisticRegression.fit(iris.x(), iris.y(), 0.1, 300).costHistory();
        for (int k = 1; k < history.length; k++) {
            int step = k;
            assertTrue(history[k] <= history[k - 1] + 1e-12, () -> texts.say("costRoseStep", step, history[step - 1],
                    history[step]));
        }
    }

    @Test
    @Tag("formula")
    void takesTheStepsOfGradientDescent() {
        Random rng = new Random(111);
        double[][] x = Reference.randomMatrix(rng, 15, 3, 1);
        int[] y = Reference.randomLabels(rng, 15);
        LogisticRegression.Fit fit = LogisticRegression.fit(x, y, 0.7, 10);
        double[] history = fit.costHistory();
        assertEquals(11, history.length, () -> texts.say("iterationsRecordCosts", history.length));
        for (int k = 0; k <= 10; k++) {
            double expected = Reference.cost(Reference.descend(x, y, 0.7, k), x, y);
            int step = k;
            assertEquals(expected, history[k], Reference.tolerance(expected), () -> texts.say("costHistorySteps",
                    step, step, expected, history[step], Arrays.toString(history)));
        }
        double[] expectedTheta = Reference.descend(x, y, 0.7, 10);
        assertArrayEquals(expectedTheta, fit.theta(), TOLERANCE, () -> texts.say("steps",
                Arrays.toString(expectedTheta), Arrays.toString(fit.theta())));
    }

    @ParameterizedTest(name = "iterations = {0}")
    @ValueSource(ints = {0, 1, 2, 7})
    @Tag("formula")
    @Tag("edge")
    void recordsIterationsPlusOneCosts(int iterations) {
        double[][] x = {{1, 0}, {0, 1}, {1, 1}};
        int[] y = {0, 1, 1};
        LogisticRegression.Fit fit = LogisticRegression.fit(x, y, 0.5, iterations);
        assertEquals(iterations + 1, fit.costHistory().length, texts.say("costHistoryHoldsIterations"));
        assertEquals(Math.log(2), fit.costHistory()[0], TOLERANCE, texts.say("costHistoryLog"));
        assertEquals(3, fit.theta().length, texts.say("featuresNeedEntries2"));
    }

    @Test
    @Tag("bad-input")
    void rejectsBadHyperparameters() {
        double[][] x = {{1}, {2}};
        int[] y = {0, 1};
        assertAll(
                () -> assertThrows(IllegalArgumentException.class, () -> LogisticRegression.fit(x, y, 0, 10),
                        texts.say("learningRate")),
                () -> assertThrows(IllegalArgumentException.class, () -> LogisticRegression.fit(x, y, -0.1, 10),
                        texts.say("learningRate2")),
                () -> assertThrows(IllegalArgumentException.class, () -> LogisticRegression.fit(x, y, 0.1, -1),
                        texts.say("iterations")));
    }

    @Test
    @Tag("bad-input")
    void rejectsBadData() {
        assertAll(
                () -> assertThrows(IllegalArgumentException.class,
                        () -> LogisticRegression.fit(new double[][] {{1}, {2}}, new int[] {0}, 0.1, 10),
                        texts.say("rowsLabel")),
                () -> assertThrows(IllegalArgumentException.class,
                        () -> LogisticRegression.fit(new double[][] {{1, 2}, {2}}, new int[] {0, 1}, 0.1, 10),
                        texts.say("ragged")),
                () -> assertThrows(IllegalArgumentException.class,
                        () -> LogisticRegression.fit(new double[0][], new int[0], 0.1, 10), texts.say("examples")),
                () -> assertThrows(IllegalArgumentException.class,
                        () -> LogisticRegression.fit(new double[][] {{1}, {2}}, new int[] {0, 5}, 0.1, 10),
                        texts.say("label")));
    }

    @Test
    @Tag("unmodified")
    void leavesItsArgumentsUnchanged() {
        double[][] x = {{1}, {2}, {3}};
        int[] y = {0, 1, 1};
        LogisticRegression.fit(x, y, 0.3, 5);
        assertArrayEquals(new double[][] {{1}, {2}, {3}}, x, texts.say("fitChange"));
        assertArrayEquals(new int[] {0, 1, 1}, y, texts.say("fitChange2"));
    }
}
