package nncourse.lesson01;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import nncourse.learner.Exercise;
import nncourse.learner.TestTexts;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Exercise("1.8")
@DisplayNameGeneration(TestTexts.Names.class)
class AccuracyHiddenTest {

    private static final TestTexts texts = TestTexts.of(AccuracyHiddenTest.class);

    private static final double TOLERANCE = Reference.TOLERANCE;

    @Test
    @Tag("formula")
    void matchesTheFractionForRandomData() {
        Random rng = new Random(112);
        for (int trial = 0; trial < 200; trial++) {
            int m = 1 + rng.nextInt(30);
            double[] theta = Reference.randomVector(rng, 3, 1);
            double[][] x = Reference.randomMatrix(rng, m, 2, 1);
            int[] y = Reference.randomLabels(rng, m);
            double expected = Reference.accuracy(theta, x, y);
            double accuracy = LogisticRegression.accuracy(theta, x, y);
            assertEquals(expected, accuracy, TOLERANCE, () -> texts.say("expectedAccuracyExamples", expected, m,
                    accuracy));
        }
    }

    @Test
    @Tag("formula")
    void isTwoThirds() {
        double accuracy = LogisticRegression.accuracy(new double[] {0, 1}, new double[][] {{1}, {-1}, {2}},
                new int[] {1, 0, 0});
        assertEquals(2.0 / 3, accuracy, TOLERANCE, () -> texts.say("rightJavaDivide", accuracy));
    }

    @Test
    @Tag("edge")
    void countsTheBoundaryAsOne() {
        double accuracy = LogisticRegression.accuracy(new double[] {-3, 2}, new double[][] {{1.5}, {1.5}, {3}, {0}},
                new int[] {1, 1, 1, 0});
        assertEquals(1.0, accuracy, TOLERANCE, () -> texts.say("predictsRight", accuracy));
    }

    @Test
    @Tag("data")
    void onIris() {
        Dataset iris = Datasets.irisPetalLength();
        assertAll(
                () -> assertEquals(1.0, LogisticRegression.accuracy(new double[] {-2.5, 1}, iris.x(), iris.y()),
                        TOLERANCE, texts.say("setosaPetalsShorter")),
                () -> assertEquals(0.5, LogisticRegression.accuracy(new double[] {0, 0}, iris.x(), iris.y()), TOLERANCE,
                        texts.say("predictsEverywhereRight")));
    }

    @Test
    @Tag("data")
    void onBreastCancerWithZeroTheta() {
        Dataset data = Datasets.breastCancer();
        double accuracy = LogisticRegression.accuracy(new double[31], data.x(), data.y());
        assertEquals(212.0 / 569, accuracy, TOLERANCE,
                () -> texts.say("predictsMalignantEverywhere", accuracy));
    }

    @Test
    @Tag("bad-input")
    void rejectsBadInput() {
        double[] theta = {0, 0};
        assertAll(
                () -> assertThrows(IllegalArgumentException.class,
                        () -> LogisticRegression.accuracy(theta, new double[][] {{1}, {2}}, new int[] {0}),
                        texts.say("rowsLabel")),
                () -> assertThrows(IllegalArgumentException.class,
                        () -> LogisticRegression.accuracy(theta, new double[0][], new int[0]), texts.say("examples")),
                () -> assertThrows(IllegalArgumentException.class,
                        () -> LogisticRegression.accuracy(new double[] {0, 0, 0}, new double[][] {{1}}, new int[] {0}),
                        texts.say("entriesFeature")),
                () -> assertThrows(IllegalArgumentException.class,
                        () -> LogisticRegression.accuracy(theta, new double[][] {{1}, {2}}, new int[] {0, 2}),
                        texts.say("label")));
    }

    @Test
    @Tag("unmodified")
    void leavesItsArgumentsUnchanged() {
        double[] theta = {-3, 2};
        double[][] x = {{1}, {2}};
        int[] y = {0, 1};
        LogisticRegression.accuracy(theta, x, y);
        assertArrayEquals(new double[] {-3, 2}, theta, texts.say("accuracyChange"));
        assertArrayEquals(new double[][] {{1}, {2}}, x, texts.say("accuracyChange2"));
        assertArrayEquals(new int[] {0, 1}, y, texts.say("accuracyChange3"));
    }
}
