package nncourse.lesson03;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import nncourse.learner.Exercise;
import nncourse.learner.TestTexts;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Exercise("3.8")
@DisplayNameGeneration(TestTexts.Names.class)
class TrainingAccuracyTest {

    private static final TestTexts texts = TestTexts.of(TrainingAccuracyTest.class);

    private static final double TOLERANCE = 1e-9;

    @Test
    @Tag("formula")
    void oneOutput() {
        // a = σ(10x − 5) ≥ 0.5 exactly when x ≥ 0.5
        Network net = new Network(List.of(new Layer(new double[][] {{10}}, new double[] {-5})));
        double[][] x = {{0}, {1}, {0.2}, {0.9}};
        double[][] y = {{0}, {1}, {1}, {1}};
        double accuracy = Training.accuracy(net, x, y);
        assertEquals(0.75, accuracy, TOLERANCE, texts.say("rowsRightRow",
                (accuracy == 0 ? texts.say("meanIntegerDivision") : "")));
    }

    @Test
    @Tag("formula")
    void severalOutputs() {
        // Output k grows with input k: the largest output is at the largest input.
        Network net = new Network(List.of(new Layer(
                new double[][] {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}}, new double[3])));
        double[][] x = {{3, 1, 2}, {0, 5, 1}, {1, 1, 4}, {2, 0, 1}, {0, 0, 1}};
        double[][] y = {{1, 0, 0}, {0, 1, 0}, {0, 1, 0}, {0, 0, 1}, {0, 0, 1}};
        double accuracy = Training.accuracy(net, x, y);
        assertEquals(0.6, accuracy, TOLERANCE, accuracy == 0
                ? texts.say("rowsRightMean")
                : texts.say("predictionIndexLargest"));
    }

    @Test
    @Tag("edge")
    void halfCountsAsOne() {
        // z = 10·0.5 − 5 = 0, so a = σ(0) = 0.5 exactly
        Network net = new Network(List.of(new Layer(new double[][] {{10}}, new double[] {-5})));
        assertEquals(1.0, Training.accuracy(net, new double[][] {{0.5}}, new double[][] {{1}}), TOLERANCE,
                texts.say("predicts"));
    }

    @Test
    @Tag("bad-input")
    void rejectsBadInput() {
        Network net = new Network(List.of(new Layer(new double[][] {{10}}, new double[] {-5})));
        assertThrows(IllegalArgumentException.class, () -> Training.accuracy(net, new double[0][], new double[0][]),
                texts.say("rowsFractionRight"));
        assertThrows(IllegalArgumentException.class,
                () -> Training.accuracy(net, new double[][] {{0}, {1}}, new double[][] {{1}}),
                texts.say("rowsCallRequireData"));
    }

    @Test
    @Tag("unmodified")
    void leavesArgumentsUnchanged() {
        Network net = new Network(List.of(new Layer(new double[][] {{1, 0}, {0, 1}}, new double[2])));
        double[][] x = {{0.1, 0.9}, {0.4, 0.2}};
        double[][] y = {{0, 1}, {1, 0}};
        Training.accuracy(net, x, y);
        assertArrayEquals(new double[][] {{0.1, 0.9}, {0.4, 0.2}}, x, texts.say("countingRightPredictions"));
        assertArrayEquals(new double[][] {{0, 1}, {1, 0}}, y, texts.say("countingRightPredictions2"));
    }
}
