package nncourse.lesson03;

import static nncourse.lesson03.Sigmoid.sigmoid;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import nncourse.learner.Exercise;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Exercise("3.1")
@DisplayName("Layer.forward")
class LayerForwardTest {

    private static final double TOLERANCE = 1e-9;

    @Nested
    @DisplayName("for a layer of 3 neurons with 2 inputs each")
    @Tag("formula")
    class ThreeNeurons {

        // One row of W per neuron: W[j][i] is the weight from input i to neuron j.
        private final Layer layer = new Layer(
                new double[][] {{1, 2}, {-1, 0.5}, {0, 3}},
                new double[] {0.5, -1, 0});

        @Test
        @DisplayName("gives one output per neuron")
        void oneOutputPerNeuron() {
            double[] a = layer.forward(new double[] {1, -1});
            assertEquals(3, a.length, "3 neurons give 3 outputs: one per row of W, not one per input");
        }

        @Test
        @DisplayName("gives aⱼ = σ(Σᵢ Wⱼᵢ·inputᵢ + bⱼ) for every neuron j")
        void everyNeuronTakesAllInputs() {
            double[] a = layer.forward(new double[] {1, -1});
            double[] expected = {
                sigmoid(1 * 1 + 2 * -1 + 0.5),       // z₀ = −0.5
                sigmoid(-1 * 1 + 0.5 * -1 + -1),     // z₁ = −2.5
                sigmoid(0 * 1 + 3 * -1 + 0),         // z₂ = −3
            };
            for (int j = 0; j < expected.length; j++) {
                assertEquals(expected[j], a[j], TOLERANCE, "neuron " + j + " should give σ(Σᵢ W[" + j
                        + "][i]·input[i] + b[" + j + "]) — row j of W is neuron j's weights; add b[j] once");
            }
        }
    }

    @Test
    @DisplayName("for an input of zeros gives σ(b), the biases alone")
    @Tag("edge")
    void zeroInputGivesSigmoidOfBias() {
        Layer layer = new Layer(new double[][] {{4, -7}, {2, 9}}, new double[] {0.25, -3});
        double[] a = layer.forward(new double[] {0, 0});
        assertArrayEquals(new double[] {sigmoid(0.25), sigmoid(-3)}, a, TOLERANCE,
                "with input 0 every weighted sum is just the bias: aⱼ = σ(bⱼ)" + (a.length != 2 ? ""
                        : a[0] == 0.5 && a[1] == 0.5 ? " — but a = (0.5, 0.5) = σ(0): the bias is left out of z"
                        : Math.abs(a[0] - sigmoid(2 * 0.25)) < TOLERANCE
                                ? " — but a = σ(2b): the bias is added once per input, inside the loop; add it once"
                        : Math.abs(a[0] - 0.25) < TOLERANCE ? " — but a = b: that is z itself, not σ(z)" : ""));
    }

    @Test
    @DisplayName("leaves its input unchanged")
    @Tag("unmodified")
    void leavesInputUnchanged() {
        Layer layer = new Layer(new double[][] {{1, 1}}, new double[] {1});
        double[] input = {0.5, -2};
        layer.forward(input);
        assertArrayEquals(new double[] {0.5, -2}, input, "forward must write its outputs into a new array");
    }

    @Test
    @DisplayName("rejects an input of the wrong length")
    @Tag("bad-input")
    void rejectsWrongLength() {
        Layer layer = new Layer(new double[][] {{1, 2, 3}, {4, 5, 6}}, new double[2]);
        assertThrows(IllegalArgumentException.class, () -> layer.forward(new double[2]),
                "Σᵢ W[j][i]·input[i] needs one input per column of W: 2 inputs for 3 columns must be rejected"
                        + " — call requireInput(input) first");
    }
}
