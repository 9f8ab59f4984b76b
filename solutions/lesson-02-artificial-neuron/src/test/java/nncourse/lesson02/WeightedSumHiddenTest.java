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

@Exercise("2.1")
@DisplayNameGeneration(TestTexts.Names.class)
class WeightedSumHiddenTest {

    private static final TestTexts texts = TestTexts.of(WeightedSumHiddenTest.class);

    private static final double TOLERANCE = 1e-9;

    @Test
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
                    texts.say("input", n, b));
        }
    }

    @Test
    @Tag("edge")
    void isTheBiasForZeroInputs() {
        Random rng = new Random(202);
        for (int trial = 0; trial < 50; trial++) {
            int n = 1 + rng.nextInt(8);
            double b = 10 * rng.nextGaussian();
            double z = new Neuron(gaussian(rng, n), b).weightedSum(new double[n]);
            assertEquals(b, z, TOLERANCE * Math.max(1, Math.abs(b)), texts.say("xZero"));
        }
    }

    @Test
    @Tag("bad-input")
    void rejectsXOfTheWrongLength() {
        Neuron n = new Neuron(new double[] {1, 2, 3}, 0);
        assertAll(
                () -> assertThrows(IllegalArgumentException.class, () -> n.weightedSum(new double[] {1, 2}),
                        texts.say("entriesNeuronWeights")),
                () -> assertThrows(IllegalArgumentException.class, () -> n.weightedSum(new double[] {1, 2, 3, 4}),
                        texts.say("entriesNeuronWeights2")));
    }

    @Test
    @Tag("unmodified")
    void leavesTheNeuronAndXUnchanged() {
        Neuron n = new Neuron(new double[] {1.5, -2}, 0.25);
        double[] x = {3, 4};
        double first = n.weightedSum(x);
        double second = n.weightedSum(x);
        assertArrayEquals(new double[] {1.5, -2}, n.weights(), 0, texts.say("weightedSumChangeWeights"));
        assertEquals(0.25, n.bias(), 0, texts.say("weightedSumChangeBias"));
        assertArrayEquals(new double[] {3, 4}, x, 0, texts.say("weightedSumChange"));
        assertEquals(first, second, 0, texts.say("sameSameTime"));
    }

    private static double[] gaussian(Random rng, int n) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = 2 * rng.nextGaussian();
        }
        return v;
    }
}
