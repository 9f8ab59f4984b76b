package nncourse.lesson02;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import nncourse.learner.Exercise;
import nncourse.learner.TestTexts;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@Exercise("2.1")
@DisplayNameGeneration(TestTexts.Names.class)
class WeightedSumTest {

    private static final TestTexts texts = TestTexts.of(WeightedSumTest.class);

    private static final double TOLERANCE = 1e-9;

    @Nested
    @Tag("edge")
    class WithZeroWeights {

        @Test
        void isTheBias() {
            Neuron n = new Neuron(new double[] {0, 0, 0}, 0.7);
            double z = n.weightedSum(new double[] {1, 2, 3});
            assertEquals(0.7, z, TOLERANCE, texts.say("biasOnly"));
        }
    }

    @ParameterizedTest(name = "z = {3}, w = ({0}), b = {1}, x = ({2})")
    @CsvSource(delimiter = ';', value = {
        "2, -1;        0.5;  3, 4;         2.5",
        "0.5;          -2;   4;            0",
        "-1, 2, 0.5;   0;    2, 0.25, -4;  -3.5",
    })
    @Tag("formula")
    void isWDotXPlusB(String w, double b, String x, double expected) {
        Neuron n = new Neuron(vector(w), b);
        double z = n.weightedSum(vector(x));
        assertEquals(expected, z, TOLERANCE, texts.say("sumFor", w, b, x));
    }

    @Test
    @Tag("formula")
    void addsTheBiasOnce() {
        Neuron n = new Neuron(new double[] {1, 1, 1}, 10);
        double z = n.weightedSum(new double[] {1, 1, 1});
        assertEquals(13, z, TOLERANCE, () -> "w = (1, 1, 1), b = 10, x = (1, 1, 1): z = 1 + 1 + 1 + 10 = 13"
                + (z == 3 ? texts.say("leavesBiasOut")
                        : z == 33 ? texts.say("addsBiasOnce")
                        : texts.say("meanBiasMissing")));
    }

    /** Parses "2, -1" as {2, -1}. */
    private static double[] vector(String entries) {
        return Arrays.stream(entries.split(",")).mapToDouble(s -> Double.parseDouble(s.trim())).toArray();
    }

    @Test
    @Tag("bad-input")
    void rejectsXOfTheWrongLength() {
        Neuron n = new Neuron(new double[] {1, 2, 3}, 0);
        assertAll(
                () -> assertThrows(IllegalArgumentException.class, () -> n.weightedSum(new double[] {1, 2}),
                        texts.say("needsPerWeight")),
                () -> assertThrows(IllegalArgumentException.class, () -> n.weightedSum(new double[] {1, 2, 3, 4}),
                        texts.say("needsPerWeight2")));
    }

    @Test
    @Tag("unmodified")
    void leavesTheNeuronAndXUnchanged() {
        Neuron n = new Neuron(new double[] {1.5, -2}, 0.25);
        double[] x = {3, 4};
        n.weightedSum(x);
        assertArrayEquals(new double[] {1.5, -2}, n.weights(), 0, texts.say("onlyReadsWeights"));
        assertEquals(0.25, n.bias(), 0, texts.say("onlyReadsBias"));
        assertArrayEquals(new double[] {3, 4}, x, 0, texts.say("onlyReadsAdd"));
    }
}
