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

@Exercise("1.8")
@DisplayNameGeneration(TestTexts.Names.class)
class AccuracyTest {

    private static final TestTexts texts = TestTexts.of(AccuracyTest.class);

    private static final double TOLERANCE = 1e-9;
    private static final double[] THETA = {-3, 2};
    private static final double[][] X = {{1}, {2}, {3}, {4}};

    @Test
    @Tag("formula")
    void isThreeQuartersWhenThreeOfFourAreRight() {
        double accuracy = LogisticRegression.accuracy(THETA, X, new int[] {0, 0, 1, 1});
        assertEquals(0.75, accuracy, TOLERANCE, () -> texts.say("predictsAgainstRight", accuracy));
    }

    @Test
    @Tag("formula")
    void isOneWhenAllAreRight() {
        double accuracy = LogisticRegression.accuracy(THETA, X, new int[] {0, 1, 1, 1});
        assertEquals(1.0, accuracy, TOLERANCE, () -> texts.say("predictionMatches", accuracy));
    }

    @Test
    @Tag("formula")
    void isZeroWhenAllAreWrong() {
        double accuracy = LogisticRegression.accuracy(THETA, X, new int[] {1, 0, 0, 0});
        assertEquals(0.0, accuracy, TOLERANCE, () -> texts.say("predictionMatches2", accuracy,
                (accuracy == 1 ? texts.say("fractionWrongPredictions") : "")));
    }

    @Test
    @Tag("edge")
    void countsTheBoundaryAsOne() {
        double accuracy = LogisticRegression.accuracy(THETA, new double[][] {{1.5}}, new int[] {1});
        assertEquals(1.0, accuracy, TOLERANCE, () -> texts.say("predictsExampleRight", accuracy));
    }

    @Test
    @Tag("data")
    void onIris() {
        Dataset iris = Datasets.irisPetalLength();
        double flipped = LogisticRegression.accuracy(new double[] {2.5, -1}, iris.x(), iris.y());
        double zero = LogisticRegression.accuracy(new double[] {0, 0}, iris.x(), iris.y());
        assertEquals(0.0, flipped, TOLERANCE, () -> texts.say("predictsVersicolorPetals", flipped));
        assertEquals(0.5, zero, TOLERANCE, () -> texts.say("predictsFlowerRight", zero,
                (zero == 0 ? texts.say("intArithmetic") : "")));
    }

    @Test
    @Tag("bad-input")
    void rejectsBadData() {
        assertAll(
                () -> assertThrows(IllegalArgumentException.class,
                        () -> LogisticRegression.accuracy(THETA, new double[][] {{1}, {2}}, new int[] {0}),
                        texts.say("rowsLabelCall")),
                () -> assertThrows(IllegalArgumentException.class,
                        () -> LogisticRegression.accuracy(THETA, new double[][] {{1}, {2}}, new int[] {0, 2}),
                        texts.say("label")));
    }

    @Test
    @Tag("unmodified")
    void leavesItsArgumentsUnchanged() {
        double[] theta = {-3, 2};
        double[][] x = {{1}, {2}};
        int[] y = {0, 1};
        LogisticRegression.accuracy(theta, x, y);
        assertArrayEquals(new double[] {-3, 2}, theta, texts.say("countingRightPredictions"));
        assertArrayEquals(new double[][] {{1}, {2}}, x, texts.say("countingRightPredictions2"));
        assertArrayEquals(new int[] {0, 1}, y, texts.say("countingRightPredictions3"));
    }
}
