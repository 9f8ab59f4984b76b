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

@Exercise("2.1")
@DisplayName("2.1 weightedSum: z = w·x + b (hidden)")
class WeightedSumHiddenTest {

    private static final double TOLERANCE = 1e-9;

    @Test
    @DisplayName("is w·x + b for random neurons and inputs")
    @Tag("formula")
    void isWDotXPlusBForRandomNeurons() {
        Random rng = new Random(201);
        for (int trial = 0; trial < 500; trial++) {
            int n = 1 + rng.nextInt(8);
            double[] w = gaussian(rng, n);
            double b = rng.nextGaussian();
            double[] x = gaussian(rng, n);
            double expected = b;
            for (int i = 0; i < n; i++) {
                expected += w[i] * x[i];
            }
            double z = new Neuron(w, b).weightedSum(x);
            assertEquals(expected, z, TOLERANCE * Math.max(1, Math.abs(expected)),
                    "z = w·x + b with " + n + " input(s), b = " + b);
        }
    }

    @Test
    @DisplayName("is b when every input is 0")
    @Tag("edge")
    void isTheBiasForZeroInputs() {
        Random rng = new Random(202);
        for (int trial = 0; trial < 50; trial++) {
            int n = 1 + rng.nextInt(8);
            double b = 10 * rng.nextGaussian();
            double z = new Neuron(gaussian(rng, n), b).weightedSum(new double[n]);
            assertEquals(b, z, TOLERANCE * Math.max(1, Math.abs(b)), "x = 0, so w·x = 0 and z = b");
        }
    }

    @Test
    @DisplayName("rejects x shorter or longer than the neuron's inputs")
    @Tag("bad-input")
    void rejectsXOfTheWrongLength() {
        Neuron n = new Neuron(new double[] {1, 2, 3}, 0);
        assertAll(
                () -> assertThrows(IllegalArgumentException.class, () -> n.weightedSum(new double[] {1, 2}),
                        "x has 2 entries but the neuron 3 weights: throw IllegalArgumentException"),
                () -> assertThrows(IllegalArgumentException.class, () -> n.weightedSum(new double[] {1, 2, 3, 4}),
                        "x has 4 entries but the neuron 3 weights: throw IllegalArgumentException"));
    }

    @Test
    @DisplayName("leaves the neuron and x unchanged")
    @Tag("unmodified")
    void leavesTheNeuronAndXUnchanged() {
        Neuron n = new Neuron(new double[] {1.5, -2}, 0.25);
        double[] x = {3, 4};
        double first = n.weightedSum(x);
        double second = n.weightedSum(x);
        assertArrayEquals(new double[] {1.5, -2}, n.weights(), 0, "weightedSum must not change the weights");
        assertEquals(0.25, n.bias(), 0, "weightedSum must not change the bias");
        assertArrayEquals(new double[] {3, 4}, x, 0, "weightedSum must not change x");
        assertEquals(first, second, 0, "the same x must give the same z every time");
    }

    private static double[] gaussian(Random rng, int n) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = 2 * rng.nextGaussian();
        }
        return v;
    }
}
