package nncourse.lesson03;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nncourse.learner.Exercise;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@Exercise("3.4")
@DisplayName("Network.xor")
class NetworkXorTest {

    @ParameterizedTest(name = "XOR({0}, {1}) = {2}")
    @CsvSource({"0, 0, 0", "0, 1, 1", "1, 0, 1", "1, 1, 0"})
    @DisplayName("computes XOR on every row of its truth table")
    @Tag("data")
    void computesXor(double x1, double x2, int expected) {
        double a = Network.xor().forward(new double[] {x1, x2})[0];
        if (expected == 1) {
            assertTrue(a >= 0.99, "XOR(" + x1 + ", " + x2 + ") = 1, so the output should be ≥ 0.99 but was " + a
                    + " — hidden OR and NAND, output AND; make the weights large (about 20)");
        } else {
            assertTrue(a <= 0.01, "XOR(" + x1 + ", " + x2 + ") = 0, so the output should be ≤ 0.01 but was " + a
                    + " — hidden OR and NAND, output AND; make the weights large (about 20)");
        }
    }

    @Test
    @DisplayName("is a 2-2-1 network")
    @Tag("formula")
    void shape() {
        List<Layer> layers = Network.xor().layers();
        assertEquals(2, layers.size(), "2 layers: a hidden layer and the output layer");
        assertEquals(2, layers.get(0).inputSize(), "the hidden layer takes the 2 inputs");
        assertEquals(2, layers.get(0).size(), "the hidden layer has 2 neurons");
        assertEquals(1, layers.get(1).size(), "the output layer has 1 neuron");
    }
}
