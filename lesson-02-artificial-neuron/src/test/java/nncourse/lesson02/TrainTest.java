package nncourse.lesson02;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import nncourse.learner.Exercise;
import nncourse.learner.TestTexts;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Exercise("2.5")
@DisplayNameGeneration(TestTexts.Names.class)
class TrainTest {

    private static final TestTexts texts = TestTexts.of(TrainTest.class);

    private static final double TOLERANCE = 1e-9;

    private static final Neuron ZERO = new Neuron(new double[] {0, 0}, 0);

    @Test
    @Tag("formula")
    void recordsEpochsPlusOneLosses() {
        NeuronTraining.Training training = NeuronTraining.train(ZERO, TruthTable.AND.x(), TruthTable.AND.y(), 1, 5);
        assertEquals(6, training.lossHistory().length,
                texts.say("epochsLossFirst"));
    }

    @Test
    @Tag("formula")
    void startsAtLogTwo() {
        NeuronTraining.Training training = NeuronTraining.train(ZERO, TruthTable.AND.x(), TruthTable.AND.y(), 1, 5);
        double first = training.lossHistory()[0];
        assertEquals(Math.log(2), first, TOLERANCE,
                () -> texts.say("lossHistoryLossTraining",
                        (first < Math.log(2) ? texts.say("lowerFirstEpoch", first) : texts.say("lossMeanOver"))));
    }

    @Test
    @Tag("data")
    void learnsAnd() {
        double[][] x = TruthTable.AND.x();
        int[] y = TruthTable.AND.y();

        NeuronTraining.Training training = NeuronTraining.train(ZERO, x, y, 1, 1000);

        Neuron n = training.neuron();
        double[] loss = training.lossHistory();
        for (int i = 0; i < x.length; i++) {
            double z = n.weights()[0] * x[i][0] + n.weights()[1] * x[i][1] + n.bias();
            assertEquals(y[i], z >= 0 ? 1 : 0, texts.say("epochsCompute", n, Arrays.toString(x[i]), y[i], z));
        }
        assertTrue(loss[loss.length - 1] < loss[0], texts.say("lossFallEnded", loss[0], loss[loss.length - 1]));
    }

    @Test
    @Tag("edge")
    void withZeroEpochsReturnsTheInitialNeuron() {
        Neuron initial = new Neuron(new double[] {0.5, -1}, 0.25);

        NeuronTraining.Training training = NeuronTraining.train(initial, TruthTable.OR.x(), TruthTable.OR.y(), 1, 0);

        assertArrayEquals(new double[] {0.5, -1}, training.neuron().weights(), 0, texts.say("epochsTakeStep"));
        assertEquals(0.25, training.neuron().bias(), 0, texts.say("epochsTakeStep"));
        assertEquals(1, training.lossHistory().length, texts.say("epochsOnlyLoss"));
    }

    @Test
    @Tag("bad-input")
    void rejectsBadSettingsAndData() {
        double[][] x = TruthTable.AND.x();
        int[] y = TruthTable.AND.y();
        assertAll(
                () -> assertThrows(IllegalArgumentException.class, () -> NeuronTraining.train(ZERO, x, y, 0, 1),
                        texts.say("learnThrowIllegalArgumentException")),
                () -> assertThrows(IllegalArgumentException.class, () -> NeuronTraining.train(ZERO, x, y, 1, -1),
                        texts.say("epochsCannotRun")),
                () -> assertThrows(IllegalArgumentException.class,
                        () -> NeuronTraining.train(ZERO, x, new int[] {0, 0, 0, 2}, 1, 1),
                        texts.say("labelCallRequireData")));
    }

    @Test
    @Tag("unmodified")
    void leavesItsArgumentsUnchanged() {
        Neuron initial = new Neuron(new double[] {0.5, -0.5}, 0.25);
        double[][] x = TruthTable.OR.x();
        int[] y = TruthTable.OR.y();

        NeuronTraining.train(initial, x, y, 0.5, 3);

        assertArrayEquals(new double[] {0.5, -0.5}, initial.weights(), 0,
                texts.say("stepReturnsNew"));
        assertEquals(0.25, initial.bias(), 0, texts.say("trainChangeInitial"));
        assertArrayEquals(TruthTable.OR.x(), x, texts.say("trainOnlyReads"));
        assertArrayEquals(TruthTable.OR.y(), y, texts.say("trainOnlyReads2"));
    }
}
