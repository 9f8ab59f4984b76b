package nncourse.lesson03;

import static org.junit.jupiter.api.Assertions.assertTrue;

import nncourse.learner.Exercise;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Exercise("3.4")
@DisplayName("Network.xor (hidden)")
class NetworkXorHiddenTest {

    @Test
    @DisplayName("computes XOR on all four rows, checked layer by layer from its weights")
    @Tag("data")
    void allFourRows() {
        Network net = Network.xor();
        double[][] x = {{0, 0}, {0, 1}, {1, 0}, {1, 1}};
        int[] y = {0, 1, 1, 0};
        for (int row = 0; row < 4; row++) {
            double a = HiddenReference.forward(net, x[row])[0];
            boolean right = y[row] == 1 ? a >= 0.99 : a <= 0.01;
            assertTrue(right, "XOR(" + x[row][0] + ", " + x[row][1] + ") = " + y[row] + " but the output is " + a);
        }
    }
}
