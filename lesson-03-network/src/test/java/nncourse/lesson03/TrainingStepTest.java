package nncourse.lesson03;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nncourse.learner.Exercise;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Exercise("3.6")
@DisplayName("Training.step")
class TrainingStepTest {

    private static final double TOLERANCE = 1e-9;
    private static final double LEARNING_RATE = 0.5;

    // A 2-3-1 network and one example.
    private final Network net = new Network(List.of(
            new Layer(new double[][] {{0.5, -0.2}, {0.1, 0.9}, {-0.7, 0.3}}, new double[] {0.1, -0.2, 0.05}),
            new Layer(new double[][] {{0.6, -0.4, 0.8}}, new double[] {-0.1})));
    private final double[] x = {1, 0.5};
    private final double[] y = {0};

    @Test
    @DisplayName("moves every weight by −α·∂C/∂W")
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
                            "layer " + (l + 1) + ", W[" + j + "][" + i + "] should become W − α·∂C/∂W (minus: downhill)");
                }
            }
        }
    }

    @Test
    @DisplayName("moves every bias by −α·∂C/∂b")
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
                        "layer " + (l + 1) + ", b[" + j + "] should become b − α·∂C/∂b"
                                + (after[j] == b[j] ? " — it did not move: update the biases too" : ""));
            }
        }
    }

    @Test
    @DisplayName("with a small learning rate lowers the loss of the example")
    @Tag("formula")
    void lowersTheLoss() {
        double before = Backpropagation.loss(net, x, y);
        double after = Backpropagation.loss(Training.step(net, x, y, 0.1), x, y);
        assertTrue(after < before, "one step down the gradient should lower C from " + before + ", but C became "
                + after + " — subtract α·gradient, do not add it");
    }

    @Test
    @DisplayName("returns a new network and leaves the old one unchanged")
    @Tag("unmodified")
    void leavesTheNetworkUnchanged() {
        double[][] W = net.layers().get(0).weights();
        double[] b = net.layers().get(1).biases();
        Training.step(net, x, y, LEARNING_RATE);
        assertArrayEquals(W, net.layers().get(0).weights(), "step must build new layers, not change net's");
        assertArrayEquals(b, net.layers().get(1).biases(), "step must build new layers, not change net's");
        assertArrayEquals(new double[] {1, 0.5}, x, "step must not write into x");
    }

    @Test
    @DisplayName("rejects a learning rate of 0 or less, or NaN")
    @Tag("bad-input")
    void rejectsBadLearningRates() {
        assertThrows(IllegalArgumentException.class, () -> Training.step(net, x, y, 0),
                "α = 0 would not move: throw IllegalArgumentException (requireLearningRate)");
        assertThrows(IllegalArgumentException.class, () -> Training.step(net, x, y, -0.5),
                "α < 0 would climb the loss instead of descending it: throw IllegalArgumentException");
        assertThrows(IllegalArgumentException.class, () -> Training.step(net, x, y, Double.NaN),
                "α = NaN would make every weight NaN: throw IllegalArgumentException");
    }
}
