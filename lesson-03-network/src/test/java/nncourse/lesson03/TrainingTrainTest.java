package nncourse.lesson03;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import nncourse.learner.Exercise;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;

@Exercise("3.7")
@DisplayName("Training.train")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class) // the test that tells a mistake most precisely runs first
class TrainingTrainTest {

    private static final double[][] XOR_X = {{0, 0}, {0, 1}, {1, 0}, {1, 1}};
    private static final double[][] XOR_Y = {{0}, {1}, {1}, {0}};

    @Order(1)
    @Test
    @DisplayName("takes epochs × rows steps, each from the network the step before gave")
    @Tag("formula")
    void chainsItsSteps() {
        // Three copies of one row: whatever the order of the rows, 2 epochs are 6 steps on that row.
        double[][] x = {{1, 0.5}, {1, 0.5}, {1, 0.5}};
        double[][] y = {{1}, {1}, {1}};
        Random rng = new Random(11);
        Network net = new Network(List.of(Layer.random(2, 2, rng), Layer.random(2, 1, rng)));
        double[][] trained = Training.train(net, x, y, 0.5, 2, rng).layers().get(0).weights();
        int steps = -1;
        Network chained = net;
        for (int k = 0; k <= 12 && steps < 0; k++) {
            if (close(chained.layers().get(0).weights(), trained)) {
                steps = k;
            }
            chained = Training.step(chained, x[0], y[0], 0.5);
        }
        int taken = steps;
        assertTrue(taken == 6, () -> "2 epochs over 3 rows are 6 steps, each from the network the step before"
                + " returned, but the first layer's weights are " + (taken < 0 ? "not those of any number of steps"
                        : taken == 1 ? "one step from the start: does each step start from the network the step before"
                                + " returned, not from the network train was given?"
                        : "those after " + taken + " steps: does every epoch step once through every row?"));
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    @DisplayName("learns XOR from Layer.random 2-4-1 (seed 42, α = 0.5, 5,000 epochs)")
    @Tag("data")
    void learnsXor() {
        Random rng = new Random(42);
        Network net = new Network(List.of(Layer.random(2, 4, rng), Layer.random(4, 1, rng)));
        Network trained = Training.train(net, XOR_X, XOR_Y, 0.5, 5000, rng);
        for (int row = 0; row < XOR_X.length; row++) {
            double a = trained.forward(XOR_X[row])[0];
            boolean right = XOR_Y[row][0] == 1 ? a > 0.5 : a < 0.5;
            assertTrue(right, "after training, XOR(" + XOR_X[row][0] + ", " + XOR_X[row][1] + ") = " + XOR_Y[row][0]
                    + " but the network gives " + a + " — does every epoch step once through every row, x[r] with"
                    + " its own y[r]?");
        }
    }

    @Test
    @DisplayName("lowers the mean loss on XOR within 200 epochs")
    @Tag("data")
    void lowersTheLoss() {
        Random rng = new Random(7);
        Network net = new Network(List.of(Layer.random(2, 4, rng), Layer.random(4, 1, rng)));
        Network trained = Training.train(net, XOR_X, XOR_Y, 0.5, 200, rng);
        assertTrue(meanLoss(trained) < meanLoss(net), "the mean loss should fall from " + meanLoss(net)
                + " but is " + meanLoss(trained) + " after 200 epochs — does every epoch step once through every row"
                + " (a shuffle that swaps, so that no row is lost or repeated), x[r] with its own y[r]?");
    }

    @Test
    @DisplayName("with 0 epochs returns the network's weights unchanged")
    @Tag("edge")
    void zeroEpochs() {
        Random rng = new Random(3);
        Network net = new Network(List.of(Layer.random(2, 4, rng), Layer.random(4, 1, rng)));
        Network trained = Training.train(net, XOR_X, XOR_Y, 0.5, 0, rng);
        for (int l = 0; l < 2; l++) {
            assertArrayEquals(net.layers().get(l).weights(), trained.layers().get(l).weights(),
                    "0 epochs means no step at all");
            assertArrayEquals(net.layers().get(l).biases(), trained.layers().get(l).biases(),
                    "0 epochs means no step at all");
        }
    }

    @Test
    @DisplayName("leaves x and y unchanged (it shuffles the order, not the data)")
    @Tag("unmodified")
    void leavesDataUnchanged() {
        double[][] x = {{0, 0}, {0, 1}, {1, 0}, {1, 1}};
        double[][] y = {{0}, {1}, {1}, {0}};
        Random rng = new Random(5);
        Network net = new Network(List.of(Layer.random(2, 2, rng), Layer.random(2, 1, rng)));
        Training.train(net, x, y, 0.5, 3, rng);
        assertArrayEquals(XOR_X, x, "train must not reorder or change x: shuffle an array of row numbers instead");
        assertArrayEquals(XOR_Y, y, "train must not reorder or change y: shuffle an array of row numbers instead");
    }

    /** Whether two weight matrices of the same shape agree within 1e-9. */
    private static boolean close(double[][] a, double[][] b) {
        for (int j = 0; j < a.length; j++) {
            for (int i = 0; i < a[j].length; i++) {
                if (b.length != a.length || b[j].length != a[j].length || Math.abs(a[j][i] - b[j][i]) > 1e-9) {
                    return false;
                }
            }
        }
        return b.length == a.length;
    }

    private static double meanLoss(Network net) {
        double sum = 0;
        for (int row = 0; row < XOR_X.length; row++) {
            sum += Backpropagation.loss(net, XOR_X[row], XOR_Y[row]);
        }
        return sum / XOR_X.length;
    }

    @Test
    @DisplayName("over a single row takes one step per epoch, each from the network the last step gave")
    @Tag("formula")
    void oneStepPerEpochOnOneRow() {
        Random rng = new Random(11);
        Network net = new Network(List.of(Layer.random(2, 3, rng), Layer.random(3, 1, rng)));
        double[][] x = {{0, 1}};
        double[][] y = {{1}};
        Network expected = net;
        for (int epoch = 0; epoch < 3; epoch++) {
            expected = Training.step(expected, x[0], y[0], 0.5);
        }
        Network trained = Training.train(net, x, y, 0.5, 3, rng);
        for (int l = 0; l < 2; l++) {
            double[][] W = expected.layers().get(l).weights();
            double[][] trainedW = trained.layers().get(l).weights();
            for (int j = 0; j < W.length; j++) {
                assertArrayEquals(W[j], trainedW[j], 1e-12, "3 epochs over 1 row are 3 steps, each starting from the"
                        + " network the step before returned: layer " + (l + 1) + ", row " + j + " of W");
            }
            assertArrayEquals(expected.layers().get(l).biases(), trained.layers().get(l).biases(), 1e-12,
                    "3 epochs over 1 row are 3 steps: b of layer " + (l + 1));
        }
    }

    @Test
    @DisplayName("rejects a negative number of epochs and x and y of different lengths")
    @Tag("bad-input")
    void rejectsBadInput() {
        Random rng = new Random(13);
        Network net = new Network(List.of(Layer.random(2, 2, rng), Layer.random(2, 1, rng)));
        assertThrows(IllegalArgumentException.class, () -> Training.train(net, XOR_X, XOR_Y, 0.5, -1, rng),
                "−1 epochs cannot be run: throw IllegalArgumentException");
        assertThrows(IllegalArgumentException.class,
                () -> Training.train(net, XOR_X, new double[][] {{0}, {1}}, 0.5, 1, rng),
                "4 rows of x but 2 of y: each row needs its own label — call requireData(net, x, y) first");
    }
}
