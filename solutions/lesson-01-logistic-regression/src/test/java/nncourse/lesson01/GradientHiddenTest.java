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
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Exercise("1.6")
@DisplayNameGeneration(TestTexts.Names.class)
class GradientHiddenTest {

    private static final TestTexts texts = TestTexts.of(GradientHiddenTest.class);

    private static final double TOLERANCE = Reference.TOLERANCE;
    /** Central differences of J with step 1e-5 are accurate to about 1e-10 here. */
    private static final double NUMERICAL_TOLERANCE = 1e-7;

    @Nested
    @Tag("formula")
    class OnRandomData {

        @Test
        void matchesTheFormula() {
            Random rng = new Random(108);
            for (int trial = 0; trial < 200; trial++) {
                int m = 1 + rng.nextInt(20);
                int n = 1 + rng.nextInt(4);
                double[] theta = Reference.randomVector(rng, n + 1, 1);
                double[][] x = Reference.randomMatrix(rng, m, n, 1);
                int[] y = Reference.randomLabels(rng, m);
                double[] expected = Reference.gradient(theta, x, y);
                double[] gradient = LogisticRegression.gradient(theta, x, y);
                assertArrayEquals(expected, gradient, TOLERANCE, () -> texts.say("expected", m, n,
                        Arrays.toString(expected), Arrays.toString(gradient)));
            }
        }

        @Test
        void matchesCentralDifferences() {
            Random rng = new Random(109);
            for (int trial = 0; trial < 30; trial++) {
                double[] theta = Reference.randomVector(rng, 4, 1);
                double[][] x = Reference.randomMatrix(rng, 12, 3, 1);
                int[] y = Reference.randomLabels(rng, 12);
                double[] gradient = LogisticRegression.gradient(theta, x, y);
                for (int j = 0; j < theta.length; j++) {
                    double[] plus = theta.clone();
                    double[] minus = theta.clone();
                    plus[j] += 1e-5;
                    minus[j] -= 1e-5;
                    double slope = (Reference.cost(plus, x, y) - Reference.cost(minus, x, y)) / 2e-5;
                    int k = j;
                    assertEquals(slope, gradient[j], NUMERICAL_TOLERANCE, () -> texts.say("changesRateAlong", slope,
                            k, k, gradient[k]));
                }
            }
        }

        @Test
        void isAMean() {
            Random rng = new Random(110);
            double[] theta = Reference.randomVector(rng, 3, 1);
            double[][] x = Reference.randomMatrix(rng, 7, 2, 1);
            int[] y = Reference.randomLabels(rng, 7);
            double[] once = LogisticRegression.gradient(theta, x, y);
            double[] twice = LogisticRegression.gradient(theta, Reference.twice(x), Reference.twice(y));
            assertArrayEquals(once, twice, TOLERANCE, () -> texts.say("repeatingExampleLeaves", Arrays.toString(once),
                    Arrays.toString(twice)));
        }
    }

    @Test
    @Tag("edge")
    void forTheBiasIsTheMeanError() {
        double[] theta = {0.3, 5};
        double[][] x = {{0}, {0}, {0}};
        int[] y = {1, 0, 1};
        double h = Reference.sigmoid(0.3);
        double[] expected = {((h - 1) + h + (h - 1)) / 3, 0};
        double[] gradient = LogisticRegression.gradient(theta, x, y);
        assertArrayEquals(expected, gradient, TOLERANCE, () -> texts.say("featuresOnlyBias",
                Arrays.toString(expected), Arrays.toString(gradient)));
    }

    @Test
    @Tag("edge")
    void isFiniteWhenSaturated() {
        double[] theta = {0, 1000};
        double[][] x = {{1}, {-1}};
        assertAll(
                () -> assertArrayEquals(new double[] {0, 0}, LogisticRegression.gradient(theta, x, new int[] {1, 0}),
                        TOLERANCE, texts.say("exactlyRightGradient")),
                () -> assertArrayEquals(new double[] {0, 1}, LogisticRegression.gradient(theta, x, new int[] {0, 1}),
                        TOLERANCE, texts.say("exactlyWrongErrors")));
    }

    @Test
    @Tag("data")
    void atZeroThetaOnIris() {
        Dataset iris = Datasets.irisPetalLength();
        double[] expected = Reference.gradient(new double[2], iris.x(), iris.y());
        double[] gradient = LogisticRegression.gradient(new double[2], iris.x(), iris.y());
        assertArrayEquals(expected, gradient, TOLERANCE, () -> texts.say("expected2", Arrays.toString(expected),
                Arrays.toString(gradient)));
    }

    @Test
    @Tag("bad-input")
    void rejectsMismatchedShapes() {
        double[] theta = {0, 0};
        assertAll(
                () -> assertThrows(IllegalArgumentException.class,
                        () -> LogisticRegression.gradient(theta, new double[][] {{1}, {2}}, new int[] {0, 1, 1}),
                        texts.say("rowsLabels")),
                () -> assertThrows(IllegalArgumentException.class,
                        () -> LogisticRegression.gradient(theta, new double[][] {{1}, {}}, new int[] {0, 1}),
                        texts.say("ragged")),
                () -> assertThrows(IllegalArgumentException.class,
                        () -> LogisticRegression.gradient(theta, new double[0][], new int[0]),
                        texts.say("examples")),
                () -> assertThrows(IllegalArgumentException.class,
                        () -> LogisticRegression.gradient(new double[] {0}, new double[][] {{1}, {2}},
                                new int[] {0, 1}),
                        texts.say("entryFeature")));
    }

    @Test
    @Tag("bad-input")
    void rejectsBadLabels() {
        assertThrows(IllegalArgumentException.class,
                () -> LogisticRegression.gradient(new double[] {0, 0}, new double[][] {{1}, {2}}, new int[] {1, 3}),
                texts.say("labelRejected"));
    }

    @Test
    @Tag("unmodified")
    void leavesItsArgumentsUnchanged() {
        double[] theta = {0.5, -1};
        double[][] x = {{1}, {2}};
        int[] y = {0, 1};
        LogisticRegression.gradient(theta, x, y);
        assertArrayEquals(new double[] {0.5, -1}, theta, texts.say("gradientChange"));
        assertArrayEquals(new double[][] {{1}, {2}}, x, texts.say("gradientChange2"));
        assertArrayEquals(new int[] {0, 1}, y, texts.say("gradientChange3"));
    }
}
