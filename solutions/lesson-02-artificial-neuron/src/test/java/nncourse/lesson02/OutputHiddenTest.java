package nncourse.lesson02;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import nncourse.learner.Exercise;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Exercise("2.2")
@DisplayName("2.2 output: a = σ(w·x + b) (hidden)")
class OutputHiddenTest {

    private static final double TOLERANCE = 1e-9;

    @Test
    @DisplayName("is σ(w·x + b) for random neurons and inputs")
    @Tag("formula")
    void isSigmaOfZForRandomNeurons() {
        Random rng = new Random(211);
        for (int trial = 0; trial < 500; trial++) {
            int n = 1 + rng.nextInt(8);
            double[] w = gaussian(rng, n);
            double b = rng.nextGaussian();
            double[] x = gaussian(rng, n);
            double z = b;
            for (int i = 0; i < n; i++) {
                z += w[i] * x[i];
            }
            double expected = 1 / (1 + Math.exp(-z));
            double a = new Neuron(w, b).output(x);
            assertEquals(expected, a, TOLERANCE, "a = σ(z) with z = w·x + b = " + z);
        }
    }

    @Test
    @DisplayName("is 1 or 0, never NaN, when |z| is huge")
    @Tag("edge")
    void isOneOrZeroForHugeZ() {
        Neuron n = new Neuron(new double[] {1000}, 0);
        assertAll(
                () -> assertEquals(1, n.output(new double[] {1}), TOLERANCE, "σ(1000) rounds to 1"),
                () -> assertEquals(0, n.output(new double[] {-1}), TOLERANCE, "σ(−1000) rounds to 0"));
    }

    @Test
    @DisplayName("rejects x of the wrong length")
    @Tag("bad-input")
    void rejectsXOfTheWrongLength() {
        Neuron n = new Neuron(new double[] {1, 2}, 0);
        assertAll(
                () -> assertThrows(IllegalArgumentException.class, () -> n.output(new double[] {1}),
                        "x has 1 entry but the neuron 2 weights: throw IllegalArgumentException"),
                () -> assertThrows(IllegalArgumentException.class, () -> n.output(new double[] {1, 2, 3}),
                        "x has 3 entries but the neuron 2 weights: throw IllegalArgumentException"));
    }

    private static double[] gaussian(Random rng, int n) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = 2 * rng.nextGaussian();
        }
        return v;
    }
}
