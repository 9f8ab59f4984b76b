package nncourse.lesson02;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import nncourse.learner.Exercise;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@Exercise("2.3")
@DisplayName("2.3 LogicGates: AND, OR, NAND and NOT as single neurons")
@Tag("data")
class LogicGatesTest {

    @ParameterizedTest(name = "and({0}, {1}) is {2}")
    @CsvSource({"0, 0, 0", "0, 1, 0", "1, 0, 0", "1, 1, 1"})
    @DisplayName("and() computes AND")
    void andComputesAnd(double x1, double x2, int y) {
        assertGate("AND", LogicGates.and(), new double[] {x1, x2}, y);
    }

    @ParameterizedTest(name = "or({0}, {1}) is {2}")
    @CsvSource({"0, 0, 0", "0, 1, 1", "1, 0, 1", "1, 1, 1"})
    @DisplayName("or() computes OR")
    void orComputesOr(double x1, double x2, int y) {
        assertGate("OR", LogicGates.or(), new double[] {x1, x2}, y);
    }

    @ParameterizedTest(name = "nand({0}, {1}) is {2}")
    @CsvSource({"0, 0, 1", "0, 1, 1", "1, 0, 1", "1, 1, 0"})
    @DisplayName("nand() computes NAND")
    void nandComputesNand(double x1, double x2, int y) {
        assertGate("NAND", LogicGates.nand(), new double[] {x1, x2}, y);
    }

    @ParameterizedTest(name = "not({0}) is {1}")
    @CsvSource({"0, 1", "1, 0"})
    @DisplayName("not() computes NOT")
    void notComputesNot(double x1, int y) {
        assertGate("NOT", LogicGates.not(), new double[] {x1}, y);
    }

    /**
     * Checks that the gate's neuron is sure of the row: a ≥ 0.99 if y = 1, a ≤ 0.01 if y = 0.
     * a is computed here from the weights and bias, so this exercise does not depend on 2.1 and 2.2.
     */
    static void assertGate(String gate, Neuron n, double[] x, int y) {
        assertEquals(x.length, n.inputSize(), gate + " takes " + x.length + " input(s), so its neuron needs "
                + x.length + " weight(s)");
        double[] w = n.weights();
        double z = n.bias();
        for (int i = 0; i < x.length; i++) {
            z += w[i] * x[i];
        }
        double a = 1 / (1 + Math.exp(-z));
        String row = gate + Arrays.toString(x) + " should be " + y + ", but " + n + " gives z = " + z + " and a = σ(z) = " + a;
        String hint = Math.abs(z) >= 4.6
                ? ". The neuron is sure, but of the wrong answer: check the signs of w and b, and that the bias puts"
                        + " the threshold −b between the rows that give 0 and those that give 1"
                : ". σ(z) ≥ 0.99 needs z ≥ 4.6 and σ(z) ≤ 0.01 needs z ≤ −4.6: try larger weights,"
                        + " and a bias in between";
        if (y == 1) {
            assertTrue(a >= 0.99, row + " < 0.99" + hint);
        } else {
            assertTrue(a <= 0.01, row + " > 0.01" + hint);
        }
    }
}
