package nncourse.lesson02;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import nncourse.learner.Exercise;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@Exercise("2.1")
@DisplayName("2.1 weightedSum: z = w·x + b")
class WeightedSumTest {

    private static final double TOLERANCE = 1e-9;

    @Nested
    @DisplayName("with zero weights")
    @Tag("edge")
    class WithZeroWeights {

        @Test
        @DisplayName("is the bias")
        void isTheBias() {
            Neuron n = new Neuron(new double[] {0, 0, 0}, 0.7);
            double z = n.weightedSum(new double[] {1, 2, 3});
            assertEquals(0.7, z, TOLERANCE, "w = (0, 0, 0), b = 0.7 and x = (1, 2, 3): z = 0·1 + 0·2 + 0·3 + 0.7 should be 0.7");
        }
    }

    @ParameterizedTest(name = "z = {3} for w = ({0}), b = {1}, x = ({2})")
    @CsvSource(delimiter = ';', value = {
        "2, -1;        0.5;  3, 4;         2.5",
        "0.5;          -2;   4;            0",
        "-1, 2, 0.5;   0;    2, 0.25, -4;  -3.5",
    })
    @DisplayName("is w·x + b")
    @Tag("formula")
    void isWDotXPlusB(String w, double b, String x, double expected) {
        Neuron n = new Neuron(vector(w), b);
        double z = n.weightedSum(vector(x));
        assertEquals(expected, z, TOLERANCE, "z = w₁x₁ + … + wₙxₙ + b for w = (" + w + "), b = " + b + ", x = (" + x + ")");
    }

    @Test
    @DisplayName("adds the bias once, not once per input")
    @Tag("formula")
    void addsTheBiasOnce() {
        Neuron n = new Neuron(new double[] {1, 1, 1}, 10);
        double z = n.weightedSum(new double[] {1, 1, 1});
        assertEquals(13, z, TOLERANCE, () -> "w = (1, 1, 1), b = 10, x = (1, 1, 1): z = 1 + 1 + 1 + 10 = 13"
                + (z == 3 ? ", but 3 leaves the bias out: add b once, after the loop"
                        : z == 33 ? ", but 33 adds the bias once per input, inside the loop: add it once,"
                                + " after the loop"
                        : ". 3 would mean the bias is missing, 33 that it was added inside the loop"));
    }

    /** Parses "2, -1" as {2, -1}. */
    private static double[] vector(String entries) {
        return Arrays.stream(entries.split(",")).mapToDouble(s -> Double.parseDouble(s.trim())).toArray();
    }

    @Test
    @DisplayName("rejects x shorter or longer than the neuron's inputs")
    @Tag("bad-input")
    void rejectsXOfTheWrongLength() {
        Neuron n = new Neuron(new double[] {1, 2, 3}, 0);
        assertAll(
                () -> assertThrows(IllegalArgumentException.class, () -> n.weightedSum(new double[] {1, 2}),
                        "w·x needs one xᵢ per weight wᵢ: x of 2 entries for 3 weights must be rejected"),
                () -> assertThrows(IllegalArgumentException.class, () -> n.weightedSum(new double[] {1, 2, 3, 4}),
                        "w·x needs one xᵢ per weight wᵢ: x of 4 entries for 3 weights must be rejected"
                                + " — call requireInputSize(x) first"));
    }

    @Test
    @DisplayName("leaves the neuron and x unchanged")
    @Tag("unmodified")
    void leavesTheNeuronAndXUnchanged() {
        Neuron n = new Neuron(new double[] {1.5, -2}, 0.25);
        double[] x = {3, 4};
        n.weightedSum(x);
        assertArrayEquals(new double[] {1.5, -2}, n.weights(), 0, "z = w·x + b only reads the weights");
        assertEquals(0.25, n.bias(), 0, "z = w·x + b only reads the bias");
        assertArrayEquals(new double[] {3, 4}, x, 0, "z = w·x + b only reads x: add up z in a local variable");
    }
}
