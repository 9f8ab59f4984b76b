package nncourse.lesson02;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import nncourse.learner.Exercise;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Exercise("2.5")
@DisplayName("2.5 train: epochs of steps over every row, recording the loss")
class TrainTest {

    private static final double TOLERANCE = 1e-9;

    private static final Neuron ZERO = new Neuron(new double[] {0, 0}, 0);

    @Test
    @DisplayName("records epochs + 1 losses")
    @Tag("formula")
    void recordsEpochsPlusOneLosses() {
        NeuronTraining.Training training = NeuronTraining.train(ZERO, TruthTable.AND.x(), TruthTable.AND.y(), 1, 5);
        assertEquals(6, training.lossHistory().length,
                "5 epochs: the loss before the first epoch and after each of the 5, so 6 entries");
    }

    @Test
    @DisplayName("starts at log 2 from zero weights")
    @Tag("formula")
    void startsAtLogTwo() {
        NeuronTraining.Training training = NeuronTraining.train(ZERO, TruthTable.AND.x(), TruthTable.AND.y(), 1, 5);
        double first = training.lossHistory()[0];
        assertEquals(Math.log(2), first, TOLERANCE,
                () -> "lossHistory[0] is the loss before training: zero weights give a = 0.5 on every row, and"
                        + " −log 0.5 = log 2 ≈ 0.693" + (first < Math.log(2)
                                ? ", but " + first + " is lower, as after a first epoch: record the loss before the"
                                        + " first epoch too"
                                : ". Is the loss the mean over the rows, not the sum?"));
    }

    @Test
    @DisplayName("learns AND from zero weights")
    @Tag("data")
    void learnsAnd() {
        double[][] x = TruthTable.AND.x();
        int[] y = TruthTable.AND.y();

        NeuronTraining.Training training = NeuronTraining.train(ZERO, x, y, 1, 1000);

        Neuron n = training.neuron();
        double[] loss = training.lossHistory();
        for (int i = 0; i < x.length; i++) {
            double z = n.weights()[0] * x[i][0] + n.weights()[1] * x[i][1] + n.bias();
            assertEquals(y[i], z >= 0 ? 1 : 0, "after 1,000 epochs with α = 1, " + n + " should compute AND"
                    + Arrays.toString(x[i]) + " = " + y[i] + " but z = " + z);
        }
        assertTrue(loss[loss.length - 1] < loss[0], "the loss should fall from " + loss[0] + " but ended at "
                + loss[loss.length - 1] + ". Is the update's sign right?");
    }

    @Test
    @DisplayName("with 0 epochs returns the initial neuron and records only its loss")
    @Tag("edge")
    void withZeroEpochsReturnsTheInitialNeuron() {
        Neuron initial = new Neuron(new double[] {0.5, -1}, 0.25);

        NeuronTraining.Training training = NeuronTraining.train(initial, TruthTable.OR.x(), TruthTable.OR.y(), 1, 0);

        assertArrayEquals(new double[] {0.5, -1}, training.neuron().weights(), 0, "0 epochs take no step");
        assertEquals(0.25, training.neuron().bias(), 0, "0 epochs take no step");
        assertEquals(1, training.lossHistory().length, "0 epochs: only the loss before training, 0 + 1 entries");
    }

    @Test
    @DisplayName("rejects a learning rate of 0 or less, a negative number of epochs and labels other than 0 or 1")
    @Tag("bad-input")
    void rejectsBadSettingsAndData() {
        double[][] x = TruthTable.AND.x();
        int[] y = TruthTable.AND.y();
        assertAll(
                () -> assertThrows(IllegalArgumentException.class, () -> NeuronTraining.train(ZERO, x, y, 0, 1),
                        "α = 0 would not learn: throw IllegalArgumentException"),
                () -> assertThrows(IllegalArgumentException.class, () -> NeuronTraining.train(ZERO, x, y, 1, -1),
                        "−1 epochs cannot be run: throw IllegalArgumentException"),
                () -> assertThrows(IllegalArgumentException.class,
                        () -> NeuronTraining.train(ZERO, x, new int[] {0, 0, 0, 2}, 1, 1),
                        "y[3] = 2 is not a label — call requireData(initial, x, y) first"));
    }

    @Test
    @DisplayName("leaves the initial neuron, x and y unchanged")
    @Tag("unmodified")
    void leavesItsArgumentsUnchanged() {
        Neuron initial = new Neuron(new double[] {0.5, -0.5}, 0.25);
        double[][] x = TruthTable.OR.x();
        int[] y = TruthTable.OR.y();

        NeuronTraining.train(initial, x, y, 0.5, 3);

        assertArrayEquals(new double[] {0.5, -0.5}, initial.weights(), 0,
                "each step returns a new neuron; the initial one keeps its weights");
        assertEquals(0.25, initial.bias(), 0, "train must not change the initial neuron's bias");
        assertArrayEquals(TruthTable.OR.x(), x, "train only reads x");
        assertArrayEquals(TruthTable.OR.y(), y, "train only reads y");
    }
}
