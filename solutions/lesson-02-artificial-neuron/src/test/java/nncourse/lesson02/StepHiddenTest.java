package nncourse.lesson02;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import nncourse.learner.Exercise;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Exercise("2.4")
@DisplayName("2.4 step: w ← w − α(a − y)x, b ← b − α(a − y) (hidden)")
class StepHiddenTest {

    private static final double TOLERANCE = 1e-9;

    @Test
    @DisplayName("is w ← w − α(a − y)x, b ← b − α(a − y) for random neurons, rows and learning rates")
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
                    "wᵢ ← wᵢ − α(a − y)xᵢ with α = " + learningRate + ", y = " + y + ", a − y = " + error);
            assertEquals(expectedB, next.bias(), TOLERANCE * Math.max(1, Math.abs(expectedB)),
                    "b ← b − α(a − y) with α = " + learningRate + ", y = " + y + ", a − y = " + error);
        }
    }

    @Test
    @DisplayName("leaves the given neuron and x unchanged")
    @Tag("unmodified")
    void leavesTheNeuronAndXUnchanged() {
        Neuron n = new Neuron(new double[] {0.5, -0.25}, 0.1);
        double[] x = {1, 2};

        NeuronTraining.step(n, x, 1, 0.5);

        assertArrayEquals(new double[] {0.5, -0.25}, n.weights(), 0,
                "step returns a NEW neuron; the one it was given must keep its weights");
        assertEquals(0.1, n.bias(), 0, "step must not change the given neuron's bias");
        assertArrayEquals(new double[] {1, 2}, x, 0, "step must not change x");
    }

    @Test
    @DisplayName("rejects x of the wrong length and a label other than 0 or 1")
    @Tag("bad-input")
    void rejectsBadRows() {
        Neuron n = new Neuron(new double[] {1, 2}, 0);
        assertAll(
                () -> assertThrows(IllegalArgumentException.class, () -> NeuronTraining.step(n, new double[] {1}, 1, 0.5),
                        "x has 1 entry but the neuron 2 weights"),
                () -> assertThrows(IllegalArgumentException.class, () -> NeuronTraining.step(n, new double[] {1, 2, 3}, 1, 0.5),
                        "x has 3 entries but the neuron 2 weights"),
                () -> assertThrows(IllegalArgumentException.class, () -> NeuronTraining.step(n, new double[] {1, 2}, 2, 0.5),
                        "y = 2 is not a label"),
                () -> assertThrows(IllegalArgumentException.class, () -> NeuronTraining.step(n, new double[] {1, 2}, -1, 0.5),
                        "y = −1 is not a label"));
    }

    @Test
    @DisplayName("rejects a learning rate of 0 or less")
    @Tag("bad-input")
    void rejectsANonPositiveLearningRate() {
        Neuron n = new Neuron(new double[] {1, 2}, 0);
        double[] x = {1, 2};
        assertAll(
                () -> assertThrows(IllegalArgumentException.class, () -> NeuronTraining.step(n, x, 1, 0),
                        "α = 0 would not learn: throw IllegalArgumentException"),
                () -> assertThrows(IllegalArgumentException.class, () -> NeuronTraining.step(n, x, 1, -0.5),
                        "α < 0 would climb the loss instead of descending it: throw IllegalArgumentException"));
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
