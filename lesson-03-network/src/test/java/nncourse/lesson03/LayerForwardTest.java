package nncourse.lesson03;

import static nncourse.lesson03.Sigmoid.sigmoid;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import nncourse.learner.Exercise;
import nncourse.learner.TestTexts;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Exercise("3.1")
@DisplayNameGeneration(TestTexts.Names.class)
class LayerForwardTest {

    private static final TestTexts texts = TestTexts.of(LayerForwardTest.class);

    private static final double TOLERANCE = 1e-9;

    @Nested
    @Tag("formula")
    class ThreeNeurons {

        // One row of W per neuron: W[j][i] is the weight from input i to neuron j.
        private final Layer layer = new Layer(
                new double[][] {{1, 2}, {-1, 0.5}, {0, 3}},
                new double[] {0.5, -1, 0});

        @Test
        void oneOutputPerNeuron() {
            double[] a = layer.forward(new double[] {1, -1});
            assertEquals(3, a.length, texts.say("neuronsOutputsPer"));
        }

        @Test
        void everyNeuronTakesAllInputs() {
            double[] a = layer.forward(new double[] {1, -1});
            double[] expected = {
                sigmoid(1 * 1 + 2 * -1 + 0.5),       // z₀ = −0.5
                sigmoid(-1 * 1 + 0.5 * -1 + -1),     // z₁ = −2.5
                sigmoid(0 * 1 + 3 * -1 + 0),         // z₂ = −3
            };
            for (int j = 0; j < expected.length; j++) {
                assertEquals(expected[j], a[j], TOLERANCE, texts.say("neuronInputRow", j, j, j));
            }
        }
    }

    @Test
    @Tag("edge")
    void zeroInputGivesSigmoidOfBias() {
        Layer layer = new Layer(new double[][] {{4, -7}, {2, 9}}, new double[] {0.25, -3});
        double[] a = layer.forward(new double[] {0, 0});
        assertArrayEquals(new double[] {sigmoid(0.25), sigmoid(-3)}, a, TOLERANCE,
                texts.say("inputWeightedSum",
                        a.length != 2 ? ""
                        : a[0] == 0.5 && a[1] == 0.5 ? texts.say("biasLeftOut")
                        : Math.abs(a[0] - sigmoid(2 * 0.25)) < TOLERANCE ? texts.say("biasAddedOnce")
                        : Math.abs(a[0] - 0.25) < TOLERANCE ? texts.say("itself")
                        : ""));
    }

    @Test
    @Tag("unmodified")
    void leavesInputUnchanged() {
        Layer layer = new Layer(new double[][] {{1, 1}}, new double[] {1});
        double[] input = {0.5, -2};
        layer.forward(input);
        assertArrayEquals(new double[] {0.5, -2}, input, texts.say("forwardWriteOutputs"));
    }

    @Test
    @Tag("bad-input")
    void rejectsWrongLength() {
        Layer layer = new Layer(new double[][] {{1, 2, 3}, {4, 5, 6}}, new double[2]);
        assertThrows(IllegalArgumentException.class, () -> layer.forward(new double[2]),
                texts.say("inputNeedsInput"));
    }
}
