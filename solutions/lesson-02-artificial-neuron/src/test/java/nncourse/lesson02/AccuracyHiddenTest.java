package nncourse.lesson02;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import nncourse.learner.Exercise;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Exercise("2.6")
@DisplayName("2.6 accuracy: the fraction of rows predicted right (hidden)")
class AccuracyHiddenTest {

    private static final double TOLERANCE = 1e-9;

    @Test
    @DisplayName("is the fraction of rows predicted right, for random neurons and data")
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
                    correct + " of " + m + " rows are predicted right (1 where a ≥ 0.5, else 0)");
        }
    }

    @Test
    @DisplayName("predicts 1 where a = 0.5, so zero weights get every 0-label wrong")
    @Tag("edge")
    void predictsOneOnTheBoundary() {
        Neuron zero = new Neuron(new double[] {0, 0}, 0);
        double accuracy = NeuronTraining.accuracy(zero, TruthTable.AND.x(), new int[] {0, 0, 0, 0});
        assertEquals(0, accuracy, TOLERANCE, "a = σ(0) = 0.5 ≥ 0.5 predicts 1 on every row, and every label is 0");
    }

    @Test
    @DisplayName("rejects empty, mismatched or ragged data and labels other than 0 or 1")
    @Tag("bad-input")
    void rejectsBadData() {
        Neuron n = new Neuron(new double[] {1, 1}, 0);
        assertAll(
                () -> assertThrows(IllegalArgumentException.class, () -> NeuronTraining.accuracy(n, new double[0][], new int[0]),
                        "no rows: the accuracy of nothing is undefined (0 / 0)"),
                () -> assertThrows(IllegalArgumentException.class,
                        () -> NeuronTraining.accuracy(n, new double[][] {{0, 0}, {1, 1}}, new int[] {0}),
                        "2 rows but 1 label"),
                () -> assertThrows(IllegalArgumentException.class,
                        () -> NeuronTraining.accuracy(n, new double[][] {{0, 0}, {1}}, new int[] {0, 1}),
                        "row 1 has 1 entry but the neuron 2 weights"),
                () -> assertThrows(IllegalArgumentException.class,
                        () -> NeuronTraining.accuracy(n, new double[][] {{0, 0}, {1, 1}}, new int[] {0, 2}),
                        "y[1] = 2 is not a label"));
    }
}
