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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@Exercise("3.6")
@DisplayNameGeneration(TestTexts.Names.class)
class TrainingStepHiddenTest {

    private static final TestTexts texts = TestTexts.of(TrainingStepHiddenTest.class);

    private static final double TOLERANCE = 1e-9;
    private static final int[][] SHAPES = {{1, 1}, {3, 2}, {2, 3, 1}, {4, 5, 3}, {3, 4, 4, 2}};

    @Test
    @Tag("formula")
    void exactUpdate() {
        Random rng = new Random(361);
        for (int[] shape : SHAPES) {
            for (double learningRate : new double[] {0.01, 0.5, 3}) {
                Network net = HiddenReference.randomNetwork(rng, 1, shape);
                double[] x = HiddenReference.randomInput(rng, shape[0]);
                double[] y = HiddenReference.randomLabel(rng, shape[shape.length - 1]);
                Backpropagation.Gradients g = Backpropagation.gradients(net, x, y);
                Network stepped = Training.step(net, x, y, learningRate);
                assertEquals(net.layers().size(), stepped.layers().size(), texts.say("sameNumberLayers"));
                for (int l = 0; l < shape.length - 1; l++) {
                    double[][] W = net.layers().get(l).weights();
                    double[] b = net.layers().get(l).biases();
                    double[][] dW = g.weights().get(l);
                    double[] db = g.biases().get(l);
                    double[][] W2 = stepped.layers().get(l).weights();
                    double[] b2 = stepped.layers().get(l).biases();
                    for (int j = 0; j < W.length; j++) {
                        for (int i = 0; i < W[j].length; i++) {
                            assertEquals(W[j][i] - learningRate * dW[j][i], W2[j][i], TOLERANCE,
                                    texts.say("layer", (l + 1), learningRate));
                        }
                        assertEquals(b[j] - learningRate * db[j], b2[j], TOLERANCE,
                                texts.say("layer2", (l + 1), learningRate));
                    }
                }
            }
        }
    }

    @ParameterizedTest(name = "α = {0}")
    @ValueSource(doubles = {0, -0.5, Double.NaN, Double.NEGATIVE_INFINITY})
    @Tag("bad-input")
    void rejectsBadLearningRate(double learningRate) {
        Network net = HiddenReference.randomNetwork(new Random(362), 1, 2, 2, 1);
        assertThrows(IllegalArgumentException.class,
                () -> Training.step(net, new double[] {0.5, 0.5}, new double[] {1}, learningRate));
    }

    @Test
    @Tag("bad-input")
    void rejectsWrongLengths() {
        Network net = HiddenReference.randomNetwork(new Random(363), 1, 2, 2, 1);
        assertThrows(IllegalArgumentException.class,
                () -> Training.step(net, new double[3], new double[] {1}, 0.5), texts.say("entries"));
        assertThrows(IllegalArgumentException.class,
                () -> Training.step(net, new double[2], new double[] {1, 0}, 0.5), texts.say("entries2"));
    }

    @Test
    @Tag("unmodified")
    void leavesArgumentsUnchanged() {
        Random rng = new Random(364);
        Network net = HiddenReference.randomNetwork(rng, 1, 3, 4, 2);
        List<double[][]> before = HiddenReference.parameters(net);
        double[] x = HiddenReference.randomInput(rng, 3);
        double[] xBefore = x.clone();
        double[] y = {1, 0};
        Training.step(net, x, y, 0.5);
        assertArrayEquals(xBefore, x, texts.say("stepWrite"));
        assertArrayEquals(new double[] {1, 0}, y, texts.say("stepWrite2"));
        List<double[][]> after = HiddenReference.parameters(net);
        for (int p = 0; p < before.size(); p++) {
            assertArrayEquals(before.get(p), after.get(p), texts.say("stepReturnNew"));
        }
    }
}
