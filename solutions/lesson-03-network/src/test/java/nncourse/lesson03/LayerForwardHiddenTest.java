package nncourse.lesson03;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import nncourse.learner.Exercise;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Exercise("3.1")
@DisplayName("Layer.forward (hidden)")
class LayerForwardHiddenTest {

    private static final double TOLERANCE = 1e-9;

    @Test
    @DisplayName("matches aⱼ = σ(Σᵢ Wⱼᵢ·inputᵢ + bⱼ) on random layers of many shapes")
    @Tag("formula")
    void matchesTheFormula() {
        Random rng = new Random(301);
        int[][] shapes = {{1, 1}, {1, 4}, {4, 1}, {2, 3}, {3, 2}, {7, 5}, {5, 7}, {64, 10}};
        for (int[] shape : shapes) {
            for (int trial = 0; trial < 3; trial++) {
                Layer layer = HiddenReference.randomLayer(rng, 2, shape[0], shape[1]);
                double[] input = HiddenReference.randomInput(rng, shape[0]);
                assertArrayEquals(HiddenReference.layerForward(layer, input), layer.forward(input), TOLERANCE,
                        "a layer of " + shape[1] + " neurons with " + shape[0] + " inputs: W[j][i] is from input i to neuron j");
            }
        }
    }

    @Test
    @DisplayName("rejects an input of the wrong length")
    @Tag("bad-input")
    void rejectsWrongLength() {
        Layer layer = new Layer(new double[][] {{1, 2, 3}, {4, 5, 6}}, new double[2]);
        assertAll(
                () -> assertThrows(IllegalArgumentException.class, () -> layer.forward(new double[2]),
                        "3 inputs expected, 2 given"),
                () -> assertThrows(IllegalArgumentException.class, () -> layer.forward(new double[4]),
                        "3 inputs expected, 4 given"),
                () -> assertThrows(IllegalArgumentException.class, () -> layer.forward(new double[0]),
                        "3 inputs expected, none given"));
    }

    @Test
    @DisplayName("leaves its input and the layer unchanged")
    @Tag("unmodified")
    void leavesArgumentsUnchanged() {
        Random rng = new Random(302);
        Layer layer = HiddenReference.randomLayer(rng, 1, 4, 3);
        double[][] W = layer.weights();
        double[] b = layer.biases();
        double[] input = HiddenReference.randomInput(rng, 4);
        double[] inputBefore = input.clone();
        layer.forward(input);
        assertArrayEquals(inputBefore, input, "forward must not write into its input");
        assertArrayEquals(W, layer.weights(), "forward must not change W");
        assertArrayEquals(b, layer.biases(), "forward must not change b");
    }

    @Test
    @DisplayName("gives a new array on every call")
    @Tag("unmodified")
    void newArrayEachCall() {
        Layer layer = new Layer(new double[][] {{1, -1}, {2, 0}}, new double[] {0.5, -0.5});
        double[] first = layer.forward(new double[] {0.2, 0.4});
        double[] expected = first.clone();
        first[0] = 99;
        assertArrayEquals(expected, layer.forward(new double[] {0.2, 0.4}), TOLERANCE,
                "changing one result must not change the next: allocate the output array inside forward");
    }

    @Test
    @DisplayName("stays between 0 and 1 for huge weighted sums")
    @Tag("edge")
    void hugeSums() {
        Layer layer = new Layer(new double[][] {{1000, 1000}, {-1000, -1000}}, new double[2]);
        double[] a = layer.forward(new double[] {1, 1});
        assertEquals(1, a[0], TOLERANCE, "σ(2000) is 1 (use the given Sigmoid.sigmoid)");
        assertEquals(0, a[1], TOLERANCE, "σ(−2000) is 0 (use the given Sigmoid.sigmoid)");
    }
}
