package nncourse.lesson02;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import nncourse.learner.Exercise;
import nncourse.learner.TestTexts;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@Exercise("2.2")
@DisplayNameGeneration(TestTexts.Names.class)
class OutputTest {

    private static final TestTexts texts = TestTexts.of(OutputTest.class);

    private static final double TOLERANCE = 1e-9;

    @Test
    @Tag("formula")
    void isOneHalfWhereZIsZero() {
        Neuron n = new Neuron(new double[] {1, -1}, 0);
        double a = n.output(new double[] {2, 2});
        assertEquals(0.5, a, TOLERANCE, texts.say("zeroSum"));
    }

    @ParameterizedTest(name = "a = σ({3}), w = ({0}), b = {1}, x = ({2})")
    @CsvSource(delimiter = ';', value = {
        "2, -1;        0.5;  3, 4;         2.5",
        "0.5;          -2;   4;            0",
        "-1, 2, 0.5;   0;    2, 0.25, -4;  -3.5",
        "3, 3;         -1;   1, 1;         5",
    })
    @Tag("formula")
    void isSigmaOfZ(String w, double b, String x, double z) {
        Neuron n = new Neuron(vector(w), b);
        double a = n.output(vector(x));
        double expected = 1 / (1 + Math.exp(-z));
        assertEquals(expected, a, TOLERANCE, () -> texts.say("outputFor", z, w, b, x,
                Math.abs(a - z) < TOLERANCE ? texts.say("itselfReturn", a)
                : Math.abs(a - 1 / (1 + Math.exp(-(z - b)))) < TOLERANCE ? texts.say("withoutBias", a)
                : texts.say("returnItselfForget")));
    }

    /** Parses "2, -1" as {2, -1}. */
    private static double[] vector(String entries) {
        return Arrays.stream(entries.split(",")).mapToDouble(s -> Double.parseDouble(s.trim())).toArray();
    }

    @ParameterizedTest(name = "a = σ({0}) = {1}")
    @CsvSource({"800, 1", "-800, 0"})
    @Tag("edge")
    void isOneOrZeroForHugeZ(double z, double expected) {
        Neuron n = new Neuron(new double[] {z}, 0);
        double a = n.output(new double[] {1});
        assertEquals(expected, a, TOLERANCE, texts.say("doubleUseGiven", z, z, expected));
    }

    @Test
    @Tag("bad-input")
    void rejectsXOfTheWrongLength() {
        Neuron n = new Neuron(new double[] {1, 2}, 0);
        assertThrows(IllegalArgumentException.class, () -> n.output(new double[] {1, 2, 3}),
                texts.say("needsPerWeight"));
    }
}
