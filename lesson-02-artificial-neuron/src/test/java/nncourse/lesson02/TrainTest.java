package nncourse.lesson02;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import nncourse.learner.Exercise;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@Exercise("2.5")
@DisplayName("2.5 train: epochs of steps over every row, recording the loss")
class TrainTest {

    private static final double TOLERANCE = 1e-9;

    private static final Neuron ZERO = new Neuron(new double[] {0, 0}, 0);

    @Test
    @DisplayName("records epochs + 1 losses")
    void recordsEpochsPlusOneLosses() {
        NeuronTraining.Training training = NeuronTraining.train(ZERO, TruthTable.AND.x(), TruthTable.AND.y(), 1, 5);
        assertEquals(6, training.lossHistory().length,
                "5 epochs: the loss before the first epoch and after each of the 5, so 6 entries");
    }

    @Test
    @DisplayName("starts at log 2 from zero weights")
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
}
