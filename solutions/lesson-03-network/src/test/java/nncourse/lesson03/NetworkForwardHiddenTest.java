package nncourse.lesson03;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import nncourse.learner.Exercise;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Exercise("3.2")
@DisplayName("Network.forward (hidden)")
class NetworkForwardHiddenTest {

    private static final double TOLERANCE = 1e-9;
    private static final int[][] SHAPES = {{1, 1}, {3, 1}, {2, 3, 1}, {4, 2, 5}, {3, 4, 4, 2}, {5, 2, 6, 3, 2}, {64, 32, 10}};

    @Test
    @DisplayName("matches the layer-by-layer formula on random networks of 1 to 4 layers")
    @Tag("formula")
    void matchesTheFormula() {
        Random rng = new Random(321);
        for (int[] shape : SHAPES) {
            for (int trial = 0; trial < 3; trial++) {
                Network net = HiddenReference.randomNetwork(rng, 2, shape);
                double[] x = HiddenReference.randomInput(rng, shape[0]);
                assertArrayEquals(HiddenReference.forward(net, x), net.forward(x), TOLERANCE,
                        "network of " + (shape.length - 1) + " layers: feed each layer's outputs to the next");
            }
        }
    }

    @Test
    @DisplayName("rejects an x of the wrong length")
    @Tag("bad-input")
    void rejectsWrongLength() {
        Network net = HiddenReference.randomNetwork(new Random(322), 1, 3, 2, 1);
        assertThrows(IllegalArgumentException.class, () -> net.forward(new double[2]), "3 inputs expected, 2 given");
        assertThrows(IllegalArgumentException.class, () -> net.forward(new double[4]), "3 inputs expected, 4 given");
    }

    @Test
    @DisplayName("leaves x and the network unchanged")
    @Tag("unmodified")
    void leavesArgumentsUnchanged() {
        Random rng = new Random(323);
        Network net = HiddenReference.randomNetwork(rng, 1, 3, 4, 2);
        var before = HiddenReference.parameters(net);
        double[] x = HiddenReference.randomInput(rng, 3);
        double[] xBefore = x.clone();
        net.forward(x);
        assertArrayEquals(xBefore, x, "forward must not write into x");
        for (int p = 0; p < before.size(); p++) {
            assertArrayEquals(before.get(p), HiddenReference.parameters(net).get(p), "forward must not change the network");
        }
    }
}
