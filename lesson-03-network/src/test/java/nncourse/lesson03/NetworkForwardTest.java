package nncourse.lesson03;

import static nncourse.lesson03.Sigmoid.sigmoid;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import nncourse.learner.Exercise;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Exercise("3.2")
@DisplayName("Network.forward")
class NetworkForwardTest {

    private static final double TOLERANCE = 1e-9;

    @Test
    @DisplayName("of a one-layer network gives that layer's outputs")
    @Tag("formula")
    void oneLayer() {
        Network net = new Network(List.of(new Layer(new double[][] {{1, -1}, {2, 0.5}}, new double[] {0, -1})));
        double[] a = net.forward(new double[] {3, 1});
        assertArrayEquals(new double[] {sigmoid(3 - 1), sigmoid(6 + 0.5 - 1)}, a, TOLERANCE,
                "with one layer, a¹ = σ(W¹x + b¹) is the output");
    }

    @Test
    @DisplayName("computes layer by layer: a² = σ(W²·σ(W¹x + b¹) + b²)")
    @Tag("formula")
    void layerByLayer() {
        Layer first = new Layer(new double[][] {{1, -1}, {0.5, 2}}, new double[] {0, -1});
        Layer second = new Layer(new double[][] {{2, -3}}, new double[] {0.5});
        Network net = new Network(List.of(first, second));

        double[] a = net.forward(new double[] {1, 2});

        double a1First = sigmoid(1 * 1 + -1 * 2 + 0);     // z = −1
        double a1Second = sigmoid(0.5 * 1 + 2 * 2 - 1);   // z = 3.5
        double expected = sigmoid(2 * a1First - 3 * a1Second + 0.5);
        assertEquals(1, a.length, "the last layer has 1 neuron, so the network has 1 output");
        assertEquals(expected, a[0], TOLERANCE,
                "the second layer takes the outputs a¹ of the first layer as its input, not x");
    }

    @Test
    @DisplayName("gives one output per neuron of the last layer")
    @Tag("formula")
    void outputSize() {
        Network net = new Network(List.of(
                new Layer(new double[][] {{1, 1}, {1, 1}, {1, 1}}, new double[3]),
                new Layer(new double[][] {{1, 0, 0}, {0, 1, 0}}, new double[2])));
        assertEquals(2, net.forward(new double[] {0.5, 0.5}).length,
                "a 2-3-2 network gives 2 outputs, those of its last layer; 3 would be the first layer's: feed the"
                        + " outputs of each layer into the next, through every layer");
    }

    @Test
    @DisplayName("leaves x unchanged")
    @Tag("unmodified")
    void leavesXUnchanged() {
        Network net = new Network(List.of(new Layer(new double[][] {{1, 2}}, new double[] {3})));
        double[] x = {0.25, 0.75};
        net.forward(x);
        assertArrayEquals(new double[] {0.25, 0.75}, x, "forward must not write into x");
    }

    @Test
    @DisplayName("rejects an x of the wrong length")
    @Tag("bad-input")
    void rejectsWrongLength() {
        Network net = new Network(List.of(new Layer(new double[][] {{1, 2, 3}}, new double[] {0})));
        assertThrows(IllegalArgumentException.class, () -> net.forward(new double[] {1, 2}),
                "the first layer takes 3 inputs, so x of 2 entries must be rejected — call requireInput(x) first");
    }
}
