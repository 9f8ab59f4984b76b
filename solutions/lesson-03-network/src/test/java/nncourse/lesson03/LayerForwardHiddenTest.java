package nncourse.lesson03;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import nncourse.learner.Exercise;
import nncourse.learner.TestTexts;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Exercise("3.1")
@DisplayNameGeneration(TestTexts.Names.class)
class LayerForwardHiddenTest {

    private static final TestTexts texts = TestTexts.of(LayerForwardHiddenTest.class);

    private static final double TOLERANCE = 1e-9;

    @Test
    @Tag("formula")
    void matchesTheFormula() {
        Random rng = new Random(301);
        int[][] shapes = {{1, 1}, {1, 4}, {4, 1}, {2, 3}, {3, 2}, {7, 5}, {5, 7}, {64, 10}};
        for (int[] shape : shapes) {
            for (int trial = 0; trial < 3; trial++) {
                Layer layer = HiddenReference.randomLayer(rng, 2, shape[0], shape[1]);
                double[] input = HiddenReference.randomInput(rng, shape[0]);
                assertArrayEquals(HiddenReference.layerForward(layer, input), layer.forward(input), TOLERANCE,
                        texts.say("layerNeuronsInputs", shape[1], shape[0]));
            }
        }
    }

    @Test
    @Tag("bad-input")
    void rejectsWrongLength() {
        Layer layer = new Layer(new double[][] {{1, 2, 3}, {4, 5, 6}}, new double[2]);
        assertAll(
                () -> assertThrows(IllegalArgumentException.class, () -> layer.forward(new double[2]),
                        texts.say("inputsExpectedGiven")),
                () -> assertThrows(IllegalArgumentException.class, () -> layer.forward(new double[4]),
                        texts.say("inputsExpectedGiven2")),
                () -> assertThrows(IllegalArgumentException.class, () -> layer.forward(new double[0]),
                        texts.say("inputsExpectedNone")));
    }

    @Test
    @Tag("unmodified")
    void leavesArgumentsUnchanged() {
        Random rng = new Random(302);
        Layer layer = HiddenReference.randomLayer(rng, 1, 4, 3);
        double[][] W = layer.weights();
        double[] b = layer.biases();
        double[] input = HiddenReference.randomInput(rng, 4);
        double[] inputBefore = input.clone();
        layer.forward(input);
        assertArrayEquals(inputBefore, input, texts.say("forwardWriteInput"));
        assertArrayEquals(W, layer.weights(), texts.say("forwardChange"));
        assertArrayEquals(b, layer.biases(), texts.say("forwardChange2"));
    }

    @Test
    @Tag("unmodified")
    void newArrayEachCall() {
        Layer layer = new Layer(new double[][] {{1, -1}, {2, 0}}, new double[] {0.5, -0.5});
        double[] first = layer.forward(new double[] {0.2, 0.4});
        double[] expected = first.clone();
        first[0] = 99;
        assertArrayEquals(expected, layer.forward(new double[] {0.2, 0.4}), TOLERANCE,
                texts.say("changingResultChange"));
    }

    @Test
    @Tag("edge")
    void hugeSums() {
        Layer layer = new Layer(new double[][] {{1000, 1000}, {-1000, -1000}}, new double[2]);
        double[] a = layer.forward(new double[] {1, 1});
        assertEquals(1, a[0], TOLERANCE, texts.say("useGivenSigmoid"));
        assertEquals(0, a[1], TOLERANCE, texts.say("useGivenSigmoid2"));
    }
}
