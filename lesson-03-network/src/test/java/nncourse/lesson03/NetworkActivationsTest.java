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

@Exercise("3.3")
@DisplayName("Network.activations")
class NetworkActivationsTest {

    private static final double TOLERANCE = 1e-9;

    // A 2-2-1 network: a⁰ = x has 2 entries, a¹ has 2, a² has 1.
    private final Network net = new Network(List.of(
            new Layer(new double[][] {{1, -1}, {0.5, 2}}, new double[] {0, -1}),
            new Layer(new double[][] {{2, -3}}, new double[] {0.5})));

    @Test
    @DisplayName("gives L + 1 arrays a⁰, a¹, …, aᴸ, one per layer plus the input")
    @Tag("formula")
    void onePerLayerPlusInput() {
        List<double[]> a = net.activations(new double[] {1, 2});
        assertEquals(3, a.size(), "a network of L = 2 layers has 3 activations: a⁰ = x, a¹, a²");
        assertEquals(2, a.get(0).length, "a⁰ = x has 2 entries");
        assertEquals(2, a.get(1).length, "a¹ has one entry per neuron of layer 1");
        assertEquals(1, a.get(2).length, "a² has one entry per neuron of layer 2");
    }

    @Test
    @DisplayName("gives every layer's outputs, computed layer by layer")
    @Tag("formula")
    void everyLayersOutputs() {
        List<double[]> a = net.activations(new double[] {1, 2});
        double[] a1 = {sigmoid(1 - 2), sigmoid(0.5 + 4 - 1)};
        assertArrayEquals(new double[] {1, 2}, a.get(0), TOLERANCE, "a⁰ is the input x");
        assertArrayEquals(a1, a.get(1), TOLERANCE, "a¹ = σ(W¹a⁰ + b¹)");
        assertArrayEquals(new double[] {sigmoid(2 * a1[0] - 3 * a1[1] + 0.5)}, a.get(2), TOLERANCE,
                "a² = σ(W²a¹ + b²)");
    }

    @Test
    @DisplayName("starts with a copy of x, so changing it leaves x unchanged")
    @Tag("unmodified")
    void firstIsACopyOfX() {
        double[] x = {1, 2};
        List<double[]> a = net.activations(x);
        a.get(0)[0] = 99;
        assertArrayEquals(new double[] {1, 2}, x, "a⁰ must be a copy of x (x.clone()), not x itself");
    }

    @Test
    @DisplayName("rejects an x of the wrong length")
    @Tag("bad-input")
    void rejectsWrongLength() {
        assertThrows(IllegalArgumentException.class, () -> net.activations(new double[] {1, 2, 3}),
                "a⁰ = x feeds the first layer, which takes 2 inputs: x of 3 entries must be rejected"
                        + " — call requireInput(x) first");
    }
}
