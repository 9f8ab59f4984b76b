package nncourse.lesson02;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import java.util.stream.Stream;
import nncourse.learner.Exercise;
import nncourse.learner.TestTexts;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

@Exercise("2.5")
@DisplayNameGeneration(TestTexts.Names.class)
class TrainHiddenTest {

    private static final TestTexts texts = TestTexts.of(TrainHiddenTest.class);

    private static final double TOLERANCE = 1e-9;

    private static final Neuron ZERO = new Neuron(new double[] {0, 0}, 0);

    @ParameterizedTest(name = "epochs = {0}")
    @ValueSource(ints = {0, 1, 2, 10})
    @Tag("formula")
    @Tag("edge")
    void recordsEpochsPlusOneLosses(int epochs) {
        NeuronTraining.Training training = NeuronTraining.train(ZERO, TruthTable.OR.x(), TruthTable.OR.y(),
                0.5, epochs);
        assertEquals(epochs + 1, training.lossHistory().length,
                texts.say("lossFirstEpoch", epochs));
    }

    @Test
    @Tag("edge")
    void withZeroEpochsReturnsTheInitialNeuron() {
        Data data = Data.random(new Random(251), 5, 3);
        ReferenceNeuron initial = ReferenceNeuron.random(new Random(252), 3);

        NeuronTraining.Training training = NeuronTraining.train(initial.toNeuron(), data.x, data.y, 0.3, 0);

        assertArrayEquals(initial.w, training.neuron().weights(), 0, texts.say("epochsTakeStep"));
        assertEquals(initial.b, training.neuron().bias(), 0, texts.say("epochsTakeStep"));
        assertArrayEquals(new double[] {initial.loss(data)}, training.lossHistory(), TOLERANCE,
                texts.say("lossHistoryMeanCross"));
    }

    @Test
    @Tag("formula")
    void stepsThroughEveryRowInOrder() {
        Data data = Data.random(new Random(253), 6, 3);
        ReferenceNeuron expected = ReferenceNeuron.random(new Random(254), 3);
        Neuron initial = expected.toNeuron();
        for (int epoch = 0; epoch < 4; epoch++) {
            for (int i = 0; i < data.x.length; i++) {
                expected = expected.step(data.x[i], data.y[i], 0.3);
            }
        }

        Neuron trained = NeuronTraining.train(initial, data.x, data.y, 0.3, 4).neuron();

        assertArrayEquals(expected.w, trained.weights(), TOLERANCE,
                texts.say("epochsStepRow"));
        assertEquals(expected.b, trained.bias(), TOLERANCE, texts.say("biasEpochsSteps"));
    }

    @Test
    @Tag("formula")
    void recordsTheLossAfterEachEpoch() {
        Data data = Data.random(new Random(255), 6, 3);
        ReferenceNeuron initial = ReferenceNeuron.random(new Random(256), 3);
        ReferenceNeuron neuron = initial;
        double[] expected = new double[5];
        expected[0] = neuron.loss(data);
        for (int epoch = 1; epoch <= 4; epoch++) {
            for (int i = 0; i < data.x.length; i++) {
                neuron = neuron.step(data.x[i], data.y[i], 0.3);
            }
            expected[epoch] = neuron.loss(data);
        }

        double[] loss = NeuronTraining.train(initial.toNeuron(), data.x, data.y, 0.3, 4).lossHistory();

        assertArrayEquals(expected, loss, TOLERANCE, texts.say("lossHistoryLogLog"));
    }

    static Stream<Arguments> gates() {
        return Stream.of(
                Arguments.of("AND", TruthTable.AND),
                Arguments.of("OR", TruthTable.OR),
                Arguments.of("NAND", TruthTable.NAND));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("gates")
    @Tag("data")
    void learnsGatesFromZeroWeights(String gate, TruthTable table) {
        double[][] x = table.x();
        int[] y = table.y();

        ReferenceNeuron trained = ReferenceNeuron.of(NeuronTraining.train(ZERO, x, y, 1, 1000).neuron());

        for (int i = 0; i < x.length; i++) {
            assertEquals(y[i], trained.predict(x[i]), texts.say("epochsZeroWeights", gate, i, trained));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("gates")
    @Tag("data")
    void lowersTheLoss(String gate, TruthTable table) {
        double[] loss = NeuronTraining.train(ZERO, table.x(), table.y(), 1, 1000).lossHistory();

        assertTrue(loss[1000] < loss[100] && loss[100] < loss[0], texts.say("lossFallTraining", gate, loss[0],
                loss[100], loss[1000]));
        assertTrue(loss[1000] < 0.05, texts.say("epochsLossNear", gate, loss[1000]));
    }

    @Test
    @Tag("data")
    void cannotLearnXor() {
        double[][] x = TruthTable.XOR.x();
        int[] y = TruthTable.XOR.y();

        NeuronTraining.Training training = NeuronTraining.train(ZERO, x, y, 1, 1000);

        ReferenceNeuron trained = ReferenceNeuron.of(training.neuron());
        int correct = 0;
        for (int i = 0; i < x.length; i++) {
            correct += trained.predict(x[i]) == y[i] ? 1 : 0;
        }
        assertTrue(correct <= 3, texts.say("neuronDrawsStraight", trained, correct));
        double[] loss = training.lossHistory();
        assertEquals(1001, loss.length, texts.say("epochsLosses"));
        for (int k = 0; k < loss.length; k++) {
            assertTrue(loss[k] >= Math.log(2) - TOLERANCE, texts.say("xORNeuronBetter", k, loss[k]));
        }
    }

    @Test
    @Tag("edge")
    void keepsTheLossFiniteWhenASaturates() {
        // z = ±500 or 1500 on AND's rows, every row wrong: a rounds to 1 where y = 0 and to 0 where y = 1.
        Neuron sure = new Neuron(new double[] {-1000, -1000}, 1500);
        ReferenceNeuron reference = ReferenceNeuron.of(sure);
        Data and = new Data(TruthTable.AND.x(), TruthTable.AND.y());

        double[] loss = NeuronTraining.train(sure, and.x, and.y, 1, 1).lossHistory();

        assertEquals(reference.loss(and), loss[0], TOLERANCE * reference.loss(and),
                texts.say("meanCrossEntropy"));
        assertTrue(Double.isFinite(loss[1]), texts.say("lossEpochFinite", loss[1]));
    }

    @Test
    @Tag("unmodified")
    void leavesItsArgumentsUnchanged() {
        Neuron initial = new Neuron(new double[] {0.5, -0.5}, 0.25);
        double[][] x = TruthTable.OR.x();
        int[] y = TruthTable.OR.y();

        NeuronTraining.train(initial, x, y, 0.5, 3);

        assertArrayEquals(new double[] {0.5, -0.5}, initial.weights(), 0, texts.say("trainChangeInitial"));
        assertEquals(0.25, initial.bias(), 0, texts.say("trainChangeInitial2"));
        assertArrayEquals(TruthTable.OR.x(), x, texts.say("trainChange"));
        assertArrayEquals(TruthTable.OR.y(), y, texts.say("trainChange2"));
    }

    @Test
    @Tag("bad-input")
    void rejectsBadData() {
        assertAll(
                () -> assertThrows(IllegalArgumentException.class,
                        () -> NeuronTraining.train(ZERO, new double[0][], new int[0], 0.5, 1), texts.say("rows")),
                () -> assertThrows(IllegalArgumentException.class,
                        () -> NeuronTraining.train(ZERO, new double[][] {{0, 0}, {1, 1}}, new int[] {0}, 0.5, 1),
                        texts.say("rowsLabel")),
                () -> assertThrows(IllegalArgumentException.class,
                        () -> NeuronTraining.train(ZERO, new double[][] {{0, 0}, {1, 1, 1}}, new int[] {0, 1}, 0.5, 1),
                        texts.say("rowEntriesNeuron")),
                () -> assertThrows(IllegalArgumentException.class,
                        () -> NeuronTraining.train(ZERO, new double[][] {{0, 0}, {1, 1}}, new int[] {0, 2}, 0.5, 1),
                        texts.say("label")));
    }

    @Test
    @Tag("bad-input")
    void rejectsBadSettings() {
        double[][] x = TruthTable.AND.x();
        int[] y = TruthTable.AND.y();
        assertAll(
                () -> assertThrows(IllegalArgumentException.class,
                        () -> NeuronTraining.train(ZERO, x, y, 0, 1), "α = 0"),
                () -> assertThrows(IllegalArgumentException.class,
                        () -> NeuronTraining.train(ZERO, x, y, -1, 1), "α < 0"),
                () -> assertThrows(IllegalArgumentException.class, () -> NeuronTraining.train(ZERO, x, y, 0.5, -1),
                        texts.say("epochs")));
    }

    /** A data set (x, y). */
    private record Data(double[][] x, int[] y) {

        static Data random(Random rng, int m, int n) {
            double[][] x = new double[m][n];
            int[] y = new int[m];
            for (int r = 0; r < m; r++) {
                for (int i = 0; i < n; i++) {
                    x[r][i] = rng.nextGaussian();
                }
                y[r] = rng.nextInt(2);
            }
            return new Data(x, y);
        }
    }

    /** The formulas of the lesson, written out here so that the test does not rely on the code it grades. */
    private record ReferenceNeuron(double[] w, double b) {

        static ReferenceNeuron of(Neuron n) {
            return new ReferenceNeuron(n.weights(), n.bias());
        }

        static ReferenceNeuron random(Random rng, int n) {
            double[] w = new double[n];
            for (int i = 0; i < n; i++) {
                w[i] = rng.nextGaussian();
            }
            return new ReferenceNeuron(w, rng.nextGaussian());
        }

        Neuron toNeuron() {
            return new Neuron(w, b);
        }

        double z(double[] x) {
            double z = b;
            for (int i = 0; i < w.length; i++) {
                z += w[i] * x[i];
            }
            return z;
        }

        int predict(double[] x) {
            return z(x) >= 0 ? 1 : 0;
        }

        ReferenceNeuron step(double[] x, int y, double learningRate) {
            double error = 1 / (1 + Math.exp(-z(x))) - y;
            double[] next = new double[w.length];
            for (int i = 0; i < w.length; i++) {
                next[i] = w[i] - learningRate * error * x[i];
            }
            return new ReferenceNeuron(next, b - learningRate * error);
        }

        /** −(1/m) Σ [y log a + (1 − y) log(1 − a)] = (1/m) Σ [log(1 + e^z) − yz], computed stably. */
        double loss(Data data) {
            double sum = 0;
            for (int r = 0; r < data.x.length; r++) {
                double z = z(data.x[r]);
                sum += Math.max(z, 0) + Math.log1p(Math.exp(-Math.abs(z))) - data.y[r] * z;
            }
            return sum / data.x.length;
        }

        @Override
        public String toString() {
            return "Neuron[w = " + Arrays.toString(w) + ", b = " + b + "]";
        }
    }
}
