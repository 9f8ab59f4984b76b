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

@Exercise("2.6")
@DisplayNameGeneration(TestTexts.Names.class)
class AccuracyHiddenTest {

    private static final TestTexts texts = TestTexts.of(AccuracyHiddenTest.class);

    private static final double TOLERANCE = 1e-9;

    @Test
    @Tag("formula")
    void isTheFractionRightForRandomData() {
        Random rng = new Random(261);
        for (int trial = 0; trial < 200; trial++) {
            int n = 1 + rng.nextInt(5);
            int m = 1 + rng.nextInt(20);
            double[] w = new double[n];
            for (int i = 0; i < n; i++) {
                w[i] = rng.nextGaussian();
            }
            double b = rng.nextGaussian();
            double[][] x = new double[m][n];
            int[] y = new int[m];
            int correct = 0;
            for (int r = 0; r < m; r++) {
                double z = b;
                for (int i = 0; i < n; i++) {
                    x[r][i] = rng.nextGaussian();
                    z += w[i] * x[r][i];
                }
                y[r] = rng.nextInt(2);
                if ((z >= 0 ? 1 : 0) == y[r]) {
                    correct++;
                }
            }
            double accuracy = NeuronTraining.accuracy(new Neuron(w, b), x, y);
            assertEquals((double) correct / m, accuracy, TOLERANCE,
                    texts.say("rowsPredictedRight", correct, m));
        }
    }

    @Test
    @Tag("edge")
    void predictsOneOnTheBoundary() {
        Neuron zero = new Neuron(new double[] {0, 0}, 0);
        double accuracy = NeuronTraining.accuracy(zero, TruthTable.AND.x(), new int[] {0, 0, 0, 0});
        assertEquals(0, accuracy, TOLERANCE, texts.say("predictsRowLabel"));
    }

    @Test
    @Tag("bad-input")
    void rejectsBadData() {
        Neuron n = new Neuron(new double[] {1, 1}, 0);
        assertAll(
                () -> assertThrows(IllegalArgumentException.class,
                        () -> NeuronTraining.accuracy(n, new double[0][], new int[0]),
                        texts.say("rowsAccuracyNothing")),
                () -> assertThrows(IllegalArgumentException.class,
                        () -> NeuronTraining.accuracy(n, new double[][] {{0, 0}, {1, 1}}, new int[] {0}),
                        texts.say("rowsLabel")),
                () -> assertThrows(IllegalArgumentException.class,
                        () -> NeuronTraining.accuracy(n, new double[][] {{0, 0}, {1}}, new int[] {0, 1}),
                        texts.say("rowEntryNeuron")),
                () -> assertThrows(IllegalArgumentException.class,
                        () -> NeuronTraining.accuracy(n, new double[][] {{0, 0}, {1, 1}}, new int[] {0, 2}),
                        texts.say("label")));
    }
}
