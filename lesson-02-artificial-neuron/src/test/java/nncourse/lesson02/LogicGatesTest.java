package nncourse.lesson02;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import nncourse.learner.Exercise;
import nncourse.learner.TestTexts;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@Exercise("2.3")
@Tag("data")
@DisplayNameGeneration(TestTexts.Names.class)
class LogicGatesTest {

    private static final TestTexts texts = TestTexts.of(LogicGatesTest.class);

    @ParameterizedTest(name = "AND({0}, {1}) = {2}")
    @CsvSource({"0, 0, 0", "0, 1, 0", "1, 0, 0", "1, 1, 1"})
    void andComputesAnd(double x1, double x2, int y) {
        assertGate("AND", LogicGates.and(), new double[] {x1, x2}, y);
    }

    @ParameterizedTest(name = "OR({0}, {1}) = {2}")
    @CsvSource({"0, 0, 0", "0, 1, 1", "1, 0, 1", "1, 1, 1"})
    void orComputesOr(double x1, double x2, int y) {
        assertGate("OR", LogicGates.or(), new double[] {x1, x2}, y);
    }

    @ParameterizedTest(name = "NAND({0}, {1}) = {2}")
    @CsvSource({"0, 0, 1", "0, 1, 1", "1, 0, 1", "1, 1, 0"})
    void nandComputesNand(double x1, double x2, int y) {
        assertGate("NAND", LogicGates.nand(), new double[] {x1, x2}, y);
    }

    @ParameterizedTest(name = "NOT({0}) = {1}")
    @CsvSource({"0, 1", "1, 0"})
    void notComputesNot(double x1, int y) {
        assertGate("NOT", LogicGates.not(), new double[] {x1}, y);
    }

    /**
     * Checks that the gate's neuron is sure of the row: a ≥ 0.99 if y = 1, a ≤ 0.01 if y = 0.
     * a is computed here from the weights and bias, so this exercise does not depend on 2.1 and 2.2.
     */
    static void assertGate(String gate, Neuron n, double[] x, int y) {
        assertEquals(x.length, n.inputSize(), texts.say("takesInputNeuron", gate, x.length, x.length));
        double[] w = n.weights();
        double z = n.bias();
        for (int i = 0; i < x.length; i++) {
            z += w[i] * x[i];
        }
        double a = 1 / (1 + Math.exp(-z));
        String row = texts.say("gateShouldBe", (gate + Arrays.toString(x)), y, n, z, a);
        String hint = Math.abs(z) >= 4.6
                ? texts.say("neuronSureWrong")
                : texts.say("needsNeedsTry");
        if (y == 1) {
            assertTrue(a >= 0.99, row + " < 0.99" + hint);
        } else {
            assertTrue(a <= 0.01, row + " > 0.01" + hint);
        }
    }
}
