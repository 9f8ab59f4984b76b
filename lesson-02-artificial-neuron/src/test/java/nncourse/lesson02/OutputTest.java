package nncourse.lesson02;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import nncourse.learner.Exercise;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@Exercise("2.2")
@DisplayName("2.2 output: a = σ(w·x + b)")
class OutputTest {

    private static final double TOLERANCE = 1e-9;

    @Test
    @DisplayName("is 0.5 where z = 0")
    @Tag("formula")
    void isOneHalfWhereZIsZero() {
        Neuron n = new Neuron(new double[] {1, -1}, 0);
        double a = n.output(new double[] {2, 2});
        assertEquals(0.5, a, TOLERANCE, "w = (1, −1), b = 0, x = (2, 2) give z = 0, and σ(0) = 0.5");
    }

    @ParameterizedTest(name = "a = σ({3}) for w = ({0}), b = {1}, x = ({2})")
    @CsvSource(delimiter = ';', value = {
        "2, -1;        0.5;  3, 4;         2.5",
        "0.5;          -2;   4;            0",
        "-1, 2, 0.5;   0;    2, 0.25, -4;  -3.5",
        "3, 3;         -1;   1, 1;         5",
    })
    @DisplayName("is σ(w·x + b)")
    @Tag("formula")
    void isSigmaOfZ(String w, double b, String x, double z) {
        Neuron n = new Neuron(vector(w), b);
        double a = n.output(vector(x));
        double expected = 1 / (1 + Math.exp(-z));
        assertEquals(expected, a, TOLERANCE, () -> "a = σ(z) with z = w·x + b = " + z + " for w = (" + w + "), b = " + b
                + ", x = (" + x + ")" + (Math.abs(a - z) < TOLERANCE ? ", but " + a + " is z itself: return σ(z)"
                        : Math.abs(a - 1 / (1 + Math.exp(-(z - b)))) < TOLERANCE
                                ? ", but " + a + " is σ(w·x), without the bias: z = w·x + b"
                        : ". Did you return z itself, or forget the bias?"));
    }

    /** Parses "2, -1" as {2, -1}. */
    private static double[] vector(String entries) {
        return Arrays.stream(entries.split(",")).mapToDouble(s -> Double.parseDouble(s.trim())).toArray();
    }

    @ParameterizedTest(name = "a = σ({0}) = {1}")
    @CsvSource({"800, 1", "-800, 0"})
    @DisplayName("is 1 or 0, not NaN, for huge |z|")
    @Tag("edge")
    void isOneOrZeroForHugeZ(double z, double expected) {
        Neuron n = new Neuron(new double[] {z}, 0);
        double a = n.output(new double[] {1});
        assertEquals(expected, a, TOLERANCE, "w = (" + z + "), b = 0, x = (1) give z = " + z + " and σ(z) = "
                + expected + " in double — use the given Sigmoid.sigmoid, which never computes ∞ / ∞ = NaN");
    }

    @Test
    @DisplayName("rejects x of the wrong length")
    @Tag("bad-input")
    void rejectsXOfTheWrongLength() {
        Neuron n = new Neuron(new double[] {1, 2}, 0);
        assertThrows(IllegalArgumentException.class, () -> n.output(new double[] {1, 2, 3}),
                "z = w·x + b needs one xᵢ per weight: x of 3 entries for 2 weights must be rejected");
    }
}
