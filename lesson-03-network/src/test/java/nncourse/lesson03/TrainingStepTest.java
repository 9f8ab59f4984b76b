package nncourse.lesson03;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nncourse.learner.Exercise;
import nncourse.learner.TestTexts;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Exercise("3.6")
@DisplayNameGeneration(TestTexts.Names.class)
class TrainingStepTest {

    private static final TestTexts texts = TestTexts.of(TrainingStepTest.class);

    private static final double TOLERANCE = 1e-9;
    private static final double LEARNING_RATE = 0.5;

    // A 2-3-1 network and one example.
    private final Network net = new Network(List.of(
            new Layer(new double[][] {{0.5, -0.2}, {0.1, 0.9}, {-0.7, 0.3}}, new double[] {0.1, -0.2, 0.05}),
            new Layer(new double[][] {{0.6, -0.4, 0.8}}, new double[] {-0.1})));
    private final double[] x = {1, 0.5};
    private final double[] y = {0};

    @Test
    @Tag("formula")
    void movesWeights() {
        Backpropagation.Gradients g = Backpropagation.gradients(net, x, y);
        Network stepped = Training.step(net, x, y, LEARNING_RATE);
        for (int l = 0; l < 2; l++) {
            double[][] W = net.layers().get(l).weights();
            double[][] dW = g.weights().get(l);
            double[][] after = stepped.layers().get(l).weights();
            for (int j = 0; j < W.length; j++) {
                for (int i = 0; i < W[j].length; i++) {
                    assertEquals(W[j][i] - LEARNING_RATE * dW[j][i], after[j][i], TOLERANCE,
                            texts.say("layerBecomeMinus", (l + 1), j, i));
                }
            }
        }
    }

    @Test
    @Tag("formula")
    void movesBiases() {
        Backpropagation.Gradients g = Backpropagation.gradients(net, x, y);
        Network stepped = Training.step(net, x, y, LEARNING_RATE);
        for (int l = 0; l < 2; l++) {
            double[] b = net.layers().get(l).biases();
            double[] db = g.biases().get(l);
            double[] after = stepped.layers().get(l).biases();
            for (int j = 0; j < b.length; j++) {
                assertEquals(b[j] - LEARNING_RATE * db[j], after[j], TOLERANCE,
                        texts.say("layerBecome", (l + 1), j, (after[j] == b[j] ? texts.say("moveUpdateBiases") : "")));
            }
        }
    }

    @Test
    @Tag("formula")
    void lowersTheLoss() {
        double before = Backpropagation.loss(net, x, y);
        double after = Backpropagation.loss(Training.step(net, x, y, 0.1), x, y);
        assertTrue(after < before, texts.say("stepDownGradient", before, after));
    }

    @Test
    @Tag("unmodified")
    void leavesTheNetworkUnchanged() {
        double[][] W = net.layers().get(0).weights();
        double[] b = net.layers().get(1).biases();
        Training.step(net, x, y, LEARNING_RATE);
        assertArrayEquals(W, net.layers().get(0).weights(), texts.say("stepBuildNew"));
        assertArrayEquals(b, net.layers().get(1).biases(), texts.say("stepBuildNew"));
        assertArrayEquals(new double[] {1, 0.5}, x, texts.say("stepWrite"));
    }

    @Test
    @Tag("bad-input")
    void rejectsBadLearningRates() {
        assertThrows(IllegalArgumentException.class, () -> Training.step(net, x, y, 0),
                texts.say("moveThrowIllegalArgumentException"));
        assertThrows(IllegalArgumentException.class, () -> Training.step(net, x, y, -0.5),
                texts.say("climbLossInstead"));
        assertThrows(IllegalArgumentException.class, () -> Training.step(net, x, y, Double.NaN),
                texts.say("naNMakeWeight"));
    }
}
