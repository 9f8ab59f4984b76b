package nncourse.lesson03;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Random;
import nncourse.learner.Exercise;
import nncourse.learner.TestTexts;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Exercise("3.8")
@DisplayNameGeneration(TestTexts.Names.class)
class TrainingAccuracyHiddenTest {

    private static final TestTexts texts = TestTexts.of(TrainingAccuracyHiddenTest.class);

    private static final double TOLERANCE = 1e-9;

    @Test
    @Tag("edge")
    void halfCountsAsOne() {
        // z = 10·0.5 − 5 = 0, so a = σ(0) = 0.5 exactly
        Network net = new Network(List.of(new Layer(new double[][] {{10}}, new double[] {-5})));
        assertEquals(1.0, Training.accuracy(net, new double[][] {{0.5}}, new double[][] {{1}}), TOLERANCE,
                texts.say("predicts"));
        assertEquals(0.0, Training.accuracy(net, new double[][] {{0.5}}, new double[][] {{0}}), TOLERANCE,
                texts.say("predictsLabelWrong"));
    }

    @Test
    @Tag("formula")
    void argmaxNotThreshold() {
        // W = 0: the outputs are σ(b) = σ(−3), σ(−1), σ(−2), all below 0.5; the largest is output 1.
        Network net = new Network(List.of(new Layer(new double[3][2], new double[] {-3, -1, -2})));
        double[][] x = {{0, 0}, {1, 1}, {0.5, 0.2}, {0.3, 0.3}};
        double[][] y = {{0, 1, 0}, {0, 1, 0}, {1, 0, 0}, {0, 0, 1}};
        assertEquals(0.5, Training.accuracy(net, x, y), TOLERANCE,
                texts.say("predictionIndexLargest"));
    }

    @Test
    @Tag("formula")
    void matchesTheDefinition() {
        Random rng = new Random(381);
        for (int outputs : new int[] {1, 2, 4, 10}) {
            Network net = HiddenReference.randomNetwork(rng, 3, 5, 4, outputs);
            double[][] x = new double[40][];
            double[][] y = new double[40][];
            for (int r = 0; r < 40; r++) {
                x[r] = HiddenReference.randomInput(rng, 5);
                y[r] = HiddenReference.randomLabel(rng, outputs);
            }
            assertEquals(HiddenReference.accuracy(net, x, y), Training.accuracy(net, x, y), TOLERANCE,
                    texts.say("outputFractionRows", outputs));
        }
    }

    @Test
    @Tag("bad-input")
    void rejectsBadInput() {
        Network net = HiddenReference.randomNetwork(new Random(382), 1, 2, 3);
        assertThrows(IllegalArgumentException.class,
                () -> Training.accuracy(net, new double[0][], new double[0][]), texts.say("rows"));
        assertThrows(IllegalArgumentException.class,
                () -> Training.accuracy(net, new double[][] {{0, 1}, {1, 0}}, new double[][] {{1, 0, 0}}),
                texts.say("rows2"));
        assertThrows(IllegalArgumentException.class,
                () -> Training.accuracy(net, new double[][] {{0, 1, 1}}, new double[][] {{1, 0, 0}}),
                texts.say("entries"));
        assertThrows(IllegalArgumentException.class,
                () -> Training.accuracy(net, new double[][] {{0, 1}}, new double[][] {{1, 0}}),
                texts.say("entries2"));
    }

    @Test
    @Tag("unmodified")
    void leavesArgumentsUnchanged() {
        Random rng = new Random(383);
        Network net = HiddenReference.randomNetwork(rng, 1, 2, 3);
        double[][] x = {{0.1, 0.9}, {0.4, 0.4}};
        double[][] y = {{0, 0, 1}, {1, 0, 0}};
        Training.accuracy(net, x, y);
        assertArrayEquals(new double[][] {{0.1, 0.9}, {0.4, 0.4}}, x, texts.say("accuracyChange"));
        assertArrayEquals(new double[][] {{0, 0, 1}, {1, 0, 0}}, y, texts.say("accuracyChange2"));
    }
}
