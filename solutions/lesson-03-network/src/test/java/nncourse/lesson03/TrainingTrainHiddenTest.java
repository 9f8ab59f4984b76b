package nncourse.lesson03;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import nncourse.learner.Exercise;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@Exercise("3.7")
@DisplayName("Training.train (hidden)")
class TrainingTrainHiddenTest {

    /** Steps add up in any order to first order in α; what is left is of order α. */
    private static final double FIRST_ORDER_ERROR = 1e-3;
    private static final int DIGITS_EPOCHS = 5;

    @Test
    @DisplayName("steps through every row exactly once per epoch")
    @Tag("formula")
    void everyRowOncePerEpoch() {
        Random rng = new Random(371);
        Network net = HiddenReference.randomNetwork(rng, 1, 3, 4, 2);
        double[][] x = new double[6][];
        double[][] y = new double[6][];
        for (int r = 0; r < 6; r++) {
            x[r] = HiddenReference.randomInput(rng, 3);
            y[r] = HiddenReference.randomLabel(rng, 2);
        }
        double learningRate = 1e-6;
        int epochs = 3;

        Network trained = Training.train(net, x, y, learningRate, epochs, new Random(372));

        // With a tiny α every step moves the weights by (almost) the same amount as it would from
        // the start, so after training the total move is epochs × the sum of every row's step.
        List<double[][]> start = HiddenReference.parameters(net);
        List<double[][]> end = HiddenReference.parameters(trained);
        double difference = 0;
        double norm = 0;
        List<List<double[][]>> steps = new ArrayList<>();
        for (int r = 0; r < 6; r++) {
            steps.add(HiddenReference.parameters(Training.step(net, x[r], y[r], learningRate)));
        }
        for (int p = 0; p < start.size(); p++) {
            for (int j = 0; j < start.get(p).length; j++) {
                for (int i = 0; i < start.get(p)[j].length; i++) {
                    double expected = 0;
                    for (List<double[][]> step : steps) {
                        expected += epochs * (step.get(p)[j][i] - start.get(p)[j][i]);
                    }
                    double actual = end.get(p)[j][i] - start.get(p)[j][i];
                    difference += (actual - expected) * (actual - expected);
                    norm += expected * expected;
                }
            }
        }
        double error = Math.sqrt(difference / norm);
        assertTrue(error <= FIRST_ORDER_ERROR, "after " + epochs + " epochs of 6 rows the weights moved by "
                + "something else than " + epochs + " steps on every row (relative error " + error
                + ") — does each epoch use every row once, none twice, none skipped, x[r] with y[r]?");
    }

    @Test
    @DisplayName("repeats itself with the same seed and shuffles differently with another")
    @Tag("formula")
    void usesTheRandomNumberGenerator() {
        Random rng = new Random(373);
        Network net = HiddenReference.randomNetwork(rng, 1, 2, 3, 1);
        double[][] x = {{0, 0}, {0, 1}, {1, 0}, {1, 1}, {0.5, 0.5}, {0.2, 0.9}};
        double[][] y = {{0}, {1}, {1}, {0}, {1}, {0}};
        List<double[][]> first = HiddenReference.parameters(Training.train(net, x, y, 0.5, 3, new Random(9)));
        List<double[][]> again = HiddenReference.parameters(Training.train(net, x, y, 0.5, 3, new Random(9)));
        List<double[][]> other = HiddenReference.parameters(Training.train(net, x, y, 0.5, 3, new Random(10)));
        boolean differs = false;
        for (int p = 0; p < first.size(); p++) {
            assertArrayEquals(first.get(p), again.get(p), "the same seed must give the same network: draw every "
                    + "random number from rng");
            for (int j = 0; j < first.get(p).length; j++) {
                for (int i = 0; i < first.get(p)[j].length; i++) {
                    differs |= Math.abs(first.get(p)[j][i] - other.get(p)[j][i]) > 1e-12;
                }
            }
        }
        assertTrue(differs, "another seed should give another row order and so another network: shuffle the "
                + "rows with rng every epoch");
    }

    /**
     * Five epochs leave as much room above 0.90 as ten: over 64 other row orders the reference reaches
     * 0.928 to 0.975 after five and 0.931 to 0.986 after ten (the last steps of SGD decide). Each epoch
     * more costs every submission graded.
     */
    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    @DisplayName("learns the digits 64-32-10 (seed 42, α = 0.5, 5 epochs) to ≥ 90% test accuracy")
    @Tag("data")
    void learnsDigits() {
        Digits digits = Digits.load();
        Random rng = new Random(42);
        Network net = new Network(List.of(Layer.random(64, 32, rng), Layer.random(32, 10, rng)));
        Network trained = Training.train(net, digits.trainX(), digits.trainY(), 0.5, DIGITS_EPOCHS, rng);
        double accuracy = HiddenReference.accuracy(trained, digits.testX(), digits.testY());
        assertTrue(accuracy >= 0.90, "test accuracy " + accuracy + " after " + DIGITS_EPOCHS
                + " epochs, expected at least 0.90");
    }

    @Test
    @DisplayName("rejects an empty data set and x and y of different lengths")
    @Tag("bad-input")
    void rejectsBadRowCounts() {
        Network net = HiddenReference.randomNetwork(new Random(374), 1, 2, 2, 1);
        Random rng = new Random(1);
        assertThrows(IllegalArgumentException.class,
                () -> Training.train(net, new double[0][], new double[0][], 0.5, 1, rng), "no rows");
        assertThrows(IllegalArgumentException.class,
                () -> Training.train(net, new double[][] {{0, 1}, {1, 0}}, new double[][] {{1}}, 0.5, 1, rng),
                "2 rows of x, 1 of y");
    }

    @Test
    @DisplayName("rejects a row of the wrong width")
    @Tag("bad-input")
    void rejectsBadWidths() {
        Network net = HiddenReference.randomNetwork(new Random(375), 1, 2, 2, 1);
        Random rng = new Random(1);
        assertThrows(IllegalArgumentException.class,
                () -> Training.train(net, new double[][] {{0, 1}, {1}}, new double[][] {{1}, {0}}, 0.5, 1, rng),
                "x[1] has 1 entry, not 2");
        assertThrows(IllegalArgumentException.class,
                () -> Training.train(net, new double[][] {{0, 1}, {1, 0}}, new double[][] {{1}, {0, 1}}, 0.5, 1, rng),
                "y[1] has 2 entries, not 1");
    }

    @ParameterizedTest(name = "α = {0}")
    @ValueSource(doubles = {0, -0.5, Double.NaN})
    @DisplayName("rejects a learning rate that is not positive")
    @Tag("bad-input")
    void rejectsBadLearningRate(double learningRate) {
        Network net = HiddenReference.randomNetwork(new Random(376), 1, 2, 2, 1);
        assertThrows(IllegalArgumentException.class, () -> Training.train(net, new double[][] {{0, 1}},
                new double[][] {{1}}, learningRate, 1, new Random(1)));
    }

    @Test
    @DisplayName("rejects a negative number of epochs")
    @Tag("bad-input")
    void rejectsNegativeEpochs() {
        Network net = HiddenReference.randomNetwork(new Random(377), 1, 2, 2, 1);
        assertThrows(IllegalArgumentException.class,
                () -> Training.train(net, new double[][] {{0, 1}}, new double[][] {{1}}, 0.5, -1, new Random(1)),
                "epochs = −1: a negative number of epochs cannot be trained; throw IllegalArgumentException");
    }

    @Test
    @DisplayName("leaves the network it starts from unchanged")
    @Tag("unmodified")
    void leavesTheNetworkUnchanged() {
        Random rng = new Random(378);
        Network net = HiddenReference.randomNetwork(rng, 1, 2, 3, 1);
        List<double[][]> before = HiddenReference.parameters(net);
        Training.train(net, new double[][] {{0, 1}, {1, 1}}, new double[][] {{1}, {0}}, 0.5, 5, rng);
        List<double[][]> after = HiddenReference.parameters(net);
        for (int p = 0; p < before.size(); p++) {
            assertArrayEquals(before.get(p), after.get(p), "train must return a new network and leave net as it was");
        }
    }
}
