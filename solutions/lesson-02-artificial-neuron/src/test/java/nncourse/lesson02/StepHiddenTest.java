package nncourse.lesson02;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import nncourse.learner.Exercise;
import nncourse.learner.TestTexts;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Exercise("2.4")
@DisplayNameGeneration(TestTexts.Names.class)
class StepHiddenTest {

    private static final TestTexts texts = TestTexts.of(StepHiddenTest.class);

    private static final double TOLERANCE = 1e-9;

    @Test
    @Tag("formula")
    void matchesTheUpdateForRandomNeurons() {
        Random rng = new Random(241);
        for (int trial = 0; trial < 300; trial++) {
            int n = 1 + rng.nextInt(6);
            double[] w = gaussian(rng, n);
            double b = rng.nextGaussian();
            double[] x = gaussian(rng, n);
            int y = rng.nextInt(2);
            double learningRate = 0.01 + 2 * rng.nextDouble();

            double z = b;
            for (int i = 0; i < n; i++) {
                z += w[i] * x[i];
            }
            double error = 1 / (1 + Math.exp(-z)) - y;
            double[] expectedW = new double[n];
            for (int i = 0; i < n; i++) {
                expectedW[i] = w[i] - learningRate * error * x[i];
            }
            double expectedB = b - learningRate * error;

            Neuron next = NeuronTraining.step(new Neuron(w, b), x, y, learningRate);

            assertArrayEquals(expectedW, next.weights(), TOLERANCE * Math.max(1, maxAbs(expectedW)),
                    texts.say("weightStep", learningRate, y, error));
            assertEquals(expectedB, next.bias(), TOLERANCE * Math.max(1, Math.abs(expectedB)),
                    texts.say("biasStep", learningRate, y, error));
        }
    }

    @Test
    @Tag("unmodified")
    void leavesTheNeuronAndXUnchanged() {
        Neuron n = new Neuron(new double[] {0.5, -0.25}, 0.1);
        double[] x = {1, 2};

        NeuronTraining.step(n, x, 1, 0.5);

        assertArrayEquals(new double[] {0.5, -0.25}, n.weights(), 0,
                texts.say("stepReturnsNEW"));
        assertEquals(0.1, n.bias(), 0, texts.say("stepChangeGiven"));
        assertArrayEquals(new double[] {1, 2}, x, 0, texts.say("stepChange"));
    }

    @Test
    @Tag("bad-input")
    void rejectsBadRows() {
        Neuron n = new Neuron(new double[] {1, 2}, 0);
        assertAll(
                () -> assertThrows(IllegalArgumentException.class,
                        () -> NeuronTraining.step(n, new double[] {1}, 1, 0.5),
                        texts.say("entryNeuronWeights")),
                () -> assertThrows(IllegalArgumentException.class,
                        () -> NeuronTraining.step(n, new double[] {1, 2, 3}, 1, 0.5),
                        texts.say("entriesNeuronWeights")),
                () -> assertThrows(IllegalArgumentException.class,
                        () -> NeuronTraining.step(n, new double[] {1, 2}, 2, 0.5),
                        texts.say("label")),
                () -> assertThrows(IllegalArgumentException.class,
                        () -> NeuronTraining.step(n, new double[] {1, 2}, -1, 0.5),
                        texts.say("label2")));
    }

    @Test
    @Tag("bad-input")
    void rejectsANonPositiveLearningRate() {
        Neuron n = new Neuron(new double[] {1, 2}, 0);
        double[] x = {1, 2};
        assertAll(
                () -> assertThrows(IllegalArgumentException.class, () -> NeuronTraining.step(n, x, 1, 0),
                        texts.say("learnThrowIllegalArgumentException")),
                () -> assertThrows(IllegalArgumentException.class, () -> NeuronTraining.step(n, x, 1, -0.5),
                        texts.say("climbLossInstead")));
    }

    private static double[] gaussian(Random rng, int n) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = 2 * rng.nextGaussian();
        }
        return v;
    }

    private static double maxAbs(double[] v) {
        double max = 0;
        for (double vi : v) {
            max = Math.max(max, Math.abs(vi));
        }
        return max;
    }
}
