package nncourse.lesson01;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import nncourse.learner.Exercise;
import nncourse.learner.TestTexts;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@Exercise("1.5")
@DisplayNameGeneration(TestTexts.Names.class)
class CostHiddenTest {

    private static final TestTexts texts = TestTexts.of(CostHiddenTest.class);

    private static final double[] ONE_FEATURE_THETA = {0, 1}; // z = x₁

    private static double costOfOneExample(double z, int y) {
        return LogisticRegression.cost(ONE_FEATURE_THETA, new double[][] {{z}}, new int[] {y});
    }

    @Nested
    @Tag("formula")
    class OnRandomData {

        @Test
        void matchesTheFormula() {
            Random rng = new Random(105);
            for (int trial = 0; trial < 200; trial++) {
                int m = 1 + rng.nextInt(20);
                int n = 1 + rng.nextInt(4);
                double[] theta = Reference.randomVector(rng, n + 1, 1);
                double[][] x = Reference.randomMatrix(rng, m, n, 1);
                int[] y = Reference.randomLabels(rng, m);
                double expected = Reference.cost(theta, x, y);
                double cost = LogisticRegression.cost(theta, x, y);
                assertEquals(expected, cost, Reference.tolerance(expected), () -> texts.say("examplesFeatures", m, n,
                        expected, cost));
            }
        }

        @Test
        void isNeverNegative() {
            Random rng = new Random(106);
            for (int trial = 0; trial < 100; trial++) {
                double[] theta = Reference.randomVector(rng, 3, 1);
                double[][] x = Reference.randomMatrix(rng, 10, 2, 1);
                int[] y = Reference.randomLabels(rng, 10);
                double cost = LogisticRegression.cost(theta, x, y);
                assertTrue(cost >= 0, () -> texts.say("logLogLeading", cost));
            }
        }

        @Test
        void isAMean() {
            Random rng = new Random(107);
            double[] theta = Reference.randomVector(rng, 3, 1);
            double[][] x = Reference.randomMatrix(rng, 7, 2, 1);
            int[] y = Reference.randomLabels(rng, 7);
            double once = LogisticRegression.cost(theta, x, y);
            double twice = LogisticRegression.cost(theta, Reference.twice(x), Reference.twice(y));
            assertEquals(once, twice, Reference.tolerance(once), () -> texts.say("meanOverExamples", once, twice));
        }
    }

    @ParameterizedTest(name = "y = {0}, z = {1}: J = {2}")
    @CsvSource({"0, 40, 40", "1, -40, 40", "0, 800, 800", "1, -800, 800", "0, 1e6, 1e6"})
    @Tag("edge")
    void ofAConfidentWrongAnswerIsLargeButFinite(int y, double z, double expected) {
        double cost = costOfOneExample(z, y);
        assertEquals(expected, cost, Reference.tolerance(expected), () -> texts.say("roundsWhereLog", z,
                (z > 0 ? "1" : "0"), (z > 0 ? "(1 − h)" : "h"), expected, cost));
    }

    @ParameterizedTest(name = "y = {0}, z = {1}: J = 0")
    @CsvSource({"1, 40", "0, -40", "1, 800", "0, -800", "1, 1e6"})
    @Tag("edge")
    void ofAConfidentRightAnswerIsZero(int y, double z) {
        double cost = costOfOneExample(z, y);
        assertEquals(0, cost, Reference.TOLERANCE, () -> texts.say("logNaNJava", z, y, cost));
    }

    @Test
    @Tag("edge")
    void ofSaturatedExamplesIsTheirMean() {
        double cost = LogisticRegression.cost(ONE_FEATURE_THETA, new double[][] {{-800}, {800}, {-40}},
                new int[] {1, 1, 0});
        assertEquals(800.0 / 3, cost, Reference.tolerance(800.0 / 3),
                () -> texts.say("expected", cost, (Double.isFinite(cost) ? "" : texts.say("doubleComputeLog"))));
    }

    @Test
    @Tag("data")
    void atZeroThetaOnBreastCancerIsLogTwo() {
        Dataset data = Datasets.breastCancer();
        double cost = LogisticRegression.cost(new double[31], data.x(), data.y());
        assertEquals(Math.log(2), cost, Reference.TOLERANCE, () -> texts.say("everywhereLog", cost));
    }

    @Test
    @Tag("data")
    void onIrisMatchesTheFormula() {
        Dataset iris = Datasets.irisPetalLength();
        double[] theta = {-6, 2.4};
        double expected = Reference.cost(theta, iris.x(), iris.y());
        double cost = LogisticRegression.cost(theta, iris.x(), iris.y());
        assertEquals(expected, cost, Reference.tolerance(expected), () -> texts.say("shouldBe", expected, cost));
    }

    @Test
    @Tag("bad-input")
    void rejectsMismatchedShapes() {
        double[] theta = {0, 0};
        assertAll(
                () -> assertThrows(IllegalArgumentException.class,
                        () -> LogisticRegression.cost(theta, new double[][] {{1}, {2}}, new int[] {0}),
                        texts.say("rowsLabel")),
                () -> assertThrows(IllegalArgumentException.class,
                        () -> LogisticRegression.cost(theta, new double[][] {{1}, {2, 3}}, new int[] {0, 1}),
                        texts.say("ragged")),
                () -> assertThrows(IllegalArgumentException.class,
                        () -> LogisticRegression.cost(theta, new double[0][], new int[0]),
                        texts.say("examples")),
                () -> assertThrows(IllegalArgumentException.class,
                        () -> LogisticRegression.cost(new double[] {0, 0, 0}, new double[][] {{1}, {2}},
                                new int[] {0, 1}),
                        texts.say("entriesFeature")));
    }

    @Test
    @Tag("bad-input")
    void rejectsBadLabels() {
        double[] theta = {0, 0};
        double[][] x = {{1}, {2}};
        assertAll(
                () -> assertThrows(IllegalArgumentException.class,
                        () -> LogisticRegression.cost(theta, x, new int[] {0, 2}), texts.say("label")),
                () -> assertThrows(IllegalArgumentException.class,
                        () -> LogisticRegression.cost(theta, x, new int[] {-1, 1}), texts.say("label2")));
    }

    @Test
    @Tag("unmodified")
    void leavesItsArgumentsUnchanged() {
        double[] theta = {0.5, -1};
        double[][] x = {{1}, {2}};
        int[] y = {0, 1};
        LogisticRegression.cost(theta, x, y);
        assertArrayEquals(new double[] {0.5, -1}, theta, texts.say("costChange"));
        assertArrayEquals(new double[][] {{1}, {2}}, x, texts.say("costChange2"));
        assertArrayEquals(new int[] {0, 1}, y, texts.say("costChange3"));
    }
}
