package nncourse.lesson02;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import nncourse.learner.Exercise;
import nncourse.learner.TestTexts;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Exercise("2.2")
@DisplayNameGeneration(TestTexts.Names.class)
class OutputHiddenTest {

    private static final TestTexts texts = TestTexts.of(OutputHiddenTest.class);

    private static final double TOLERANCE = 1e-9;

    @Test
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
            assertEquals(expected, a, TOLERANCE, texts.say("outputOfZ", z));
        }
    }

    @Test
    @Tag("edge")
    void isOneOrZeroForHugeZ() {
        Neuron n = new Neuron(new double[] {1000}, 0);
        assertAll(
                () -> assertEquals(1, n.output(new double[] {1}), TOLERANCE, texts.say("rounds")),
                () -> assertEquals(0, n.output(new double[] {-1}), TOLERANCE, texts.say("rounds2")));
    }

    @Test
    @Tag("bad-input")
    void rejectsXOfTheWrongLength() {
        Neuron n = new Neuron(new double[] {1, 2}, 0);
        assertAll(
                () -> assertThrows(IllegalArgumentException.class, () -> n.output(new double[] {1}),
                        texts.say("entryNeuronWeights")),
                () -> assertThrows(IllegalArgumentException.class, () -> n.output(new double[] {1, 2, 3}),
                        texts.say("entriesNeuronWeights")));
    }

    private static double[] gaussian(Random rng, int n) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = 2 * rng.nextGaussian();
        }
        return v;
    }
}
