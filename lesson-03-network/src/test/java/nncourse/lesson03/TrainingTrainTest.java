package nncourse.lesson03;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import nncourse.learner.Exercise;
import nncourse.learner.TestTexts;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;

@Exercise("3.7")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class) // the test that tells a mistake most precisely runs first
@DisplayNameGeneration(TestTexts.Names.class)
class TrainingTrainTest {

    private static final TestTexts texts = TestTexts.of(TrainingTrainTest.class);

    private static final double[][] XOR_X = {{0, 0}, {0, 1}, {1, 0}, {1, 1}};
    private static final double[][] XOR_Y = {{0}, {1}, {1}, {0}};

    @Order(1)
    @Test
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
        assertTrue(taken == 6, () -> texts.say("epochsOverRows",
                taken < 0 ? texts.say("thoseAnyNumber")
                : taken == 1 ? texts.say("stepStartStep")
                : texts.say("thoseStepsEpoch", taken)));
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    @Tag("data")
    void learnsXor() {
        Random rng = new Random(42);
        Network net = new Network(List.of(Layer.random(2, 4, rng), Layer.random(4, 1, rng)));
        Network trained = Training.train(net, XOR_X, XOR_Y, 0.5, 5000, rng);
        for (int row = 0; row < XOR_X.length; row++) {
            double a = trained.forward(XOR_X[row])[0];
            boolean right = XOR_Y[row][0] == 1 ? a > 0.5 : a < 0.5;
            assertTrue(right, texts.say("trainingXORNetwork", XOR_X[row][0], XOR_X[row][1], XOR_Y[row][0], a));
        }
    }

    @Test
    @Tag("data")
    void lowersTheLoss() {
        Random rng = new Random(7);
        Network net = new Network(List.of(Layer.random(2, 4, rng), Layer.random(4, 1, rng)));
        Network trained = Training.train(net, XOR_X, XOR_Y, 0.5, 200, rng);
        assertTrue(meanLoss(trained) < meanLoss(net), texts.say("meanLossFall", meanLoss(net), meanLoss(trained)));
    }

    @Test
    @Tag("edge")
    void zeroEpochs() {
        Random rng = new Random(3);
        Network net = new Network(List.of(Layer.random(2, 4, rng), Layer.random(4, 1, rng)));
        Network trained = Training.train(net, XOR_X, XOR_Y, 0.5, 0, rng);
        for (int l = 0; l < 2; l++) {
            assertArrayEquals(net.layers().get(l).weights(), trained.layers().get(l).weights(),
                    texts.say("epochsMeansStep"));
            assertArrayEquals(net.layers().get(l).biases(), trained.layers().get(l).biases(),
                    texts.say("epochsMeansStep"));
        }
    }

    @Test
    @Tag("unmodified")
    void leavesDataUnchanged() {
        double[][] x = {{0, 0}, {0, 1}, {1, 0}, {1, 1}};
        double[][] y = {{0}, {1}, {1}, {0}};
        Random rng = new Random(5);
        Network net = new Network(List.of(Layer.random(2, 2, rng), Layer.random(2, 1, rng)));
        Training.train(net, x, y, 0.5, 3, rng);
        assertArrayEquals(XOR_X, x, texts.say("trainReorderChange"));
        assertArrayEquals(XOR_Y, y, texts.say("trainReorderChange2"));
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
                assertArrayEquals(W[j], trainedW[j], 1e-12, texts.say("epochsOverRow", (l + 1), j));
            }
            assertArrayEquals(expected.layers().get(l).biases(), trained.layers().get(l).biases(), 1e-12,
                    texts.say("epochsOverRow2", (l + 1)));
        }
    }

    @Test
    @Tag("bad-input")
    void rejectsBadInput() {
        Random rng = new Random(13);
        Network net = new Network(List.of(Layer.random(2, 2, rng), Layer.random(2, 1, rng)));
        assertThrows(IllegalArgumentException.class, () -> Training.train(net, XOR_X, XOR_Y, 0.5, -1, rng),
                texts.say("epochsCannotRun"));
        assertThrows(IllegalArgumentException.class,
                () -> Training.train(net, XOR_X, new double[][] {{0}, {1}}, 0.5, 1, rng),
                texts.say("rowsRowNeeds"));
    }
}
