package nncourse.lesson01;

import static org.junit.jupiter.api.Assertions.assertEquals;

import nncourse.learner.Exercise;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@Exercise("1.8")
@DisplayName("1.8 accuracy: the fraction of examples predicted right")
class AccuracyTest {

    private static final double TOLERANCE = 1e-9;
    private static final double[] THETA = {-3, 2};
    private static final double[][] X = {{1}, {2}, {3}, {4}};

    @Test
    @DisplayName("is 0.75 when 3 of 4 predictions are right")
    void isThreeQuartersWhenThreeOfFourAreRight() {
        double accuracy = LogisticRegression.accuracy(THETA, X, new int[] {0, 0, 1, 1});
        assertEquals(0.75, accuracy, TOLERANCE, () -> "z = (−1, 1, 3, 5) predicts (0, 1, 1, 1) against y = (0, 0, 1, 1):"
                + " 3 of 4 right is 0.75, but got " + accuracy + " — in Java 3 / 4 is 0; divide as doubles");
    }

    @Test
    @DisplayName("is 1 when every prediction is right")
    void isOneWhenAllAreRight() {
        double accuracy = LogisticRegression.accuracy(THETA, X, new int[] {0, 1, 1, 1});
        assertEquals(1.0, accuracy, TOLERANCE, () -> "every prediction matches y, but got " + accuracy);
    }

    @Test
    @DisplayName("is 0 when every prediction is wrong")
    void isZeroWhenAllAreWrong() {
        double accuracy = LogisticRegression.accuracy(THETA, X, new int[] {1, 0, 0, 0});
        assertEquals(0.0, accuracy, TOLERANCE, () -> "no prediction matches y, but got " + accuracy
                + (accuracy == 1 ? " — that is the fraction of wrong predictions: count the rows where predict equals y"
                        : ""));
    }
}
