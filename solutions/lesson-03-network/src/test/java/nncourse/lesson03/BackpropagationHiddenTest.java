package nncourse.lesson03;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import nncourse.learner.Exercise;
import nncourse.learner.TestTexts;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@Exercise("3.5")
@DisplayNameGeneration(TestTexts.Names.class)
class BackpropagationHiddenTest {

    private static final TestTexts texts = TestTexts.of(BackpropagationHiddenTest.class);

    private static final double TOLERANCE = 1e-9;
    private static final double RELATIVE_ERROR = 1e-6;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"1-1", "3-1", "2-3-1", "4-5-3", "3-4-4-2", "5-2-6-3-2", "6-3-1"})
    @Tag("formula")
    void weightsAgreeWithGradientCheck(String shape) {
        Random rng = new Random(351 + shape.hashCode());
        int[] sizes = sizes(shape);
        for (int trial = 0; trial < 3; trial++) {
            Network net = HiddenReference.randomNetwork(rng, 1, sizes);
            double[] x = HiddenReference.randomInput(rng, sizes[0]);
            double[] y = HiddenReference.randomLabel(rng, sizes[sizes.length - 1]);
            List<double[][]> dW = Backpropagation.gradients(net, x, y).weights();
            List<double[][]> numerical = GradientCheck.gradients(net, x, y).weights();
            assertEquals(numerical.size(), dW.size(), texts.say("perLayer"));
            for (int l = 0; l < numerical.size(); l++) {
                double error = HiddenReference.relativeError(dW.get(l), numerical.get(l));
                assertTrue(error <= RELATIVE_ERROR, texts.say("layerRelativeError", (l + 1), shape, error));
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"1-1", "3-1", "2-3-1", "4-5-3", "3-4-4-2", "5-2-6-3-2", "6-3-1"})
    @Tag("formula")
    void biasesAgreeWithGradientCheck(String shape) {
        Random rng = new Random(352 + shape.hashCode());
        int[] sizes = sizes(shape);
        for (int trial = 0; trial < 3; trial++) {
            Network net = HiddenReference.randomNetwork(rng, 1, sizes);
            double[] x = HiddenReference.randomInput(rng, sizes[0]);
            double[] y = HiddenReference.randomLabel(rng, sizes[sizes.length - 1]);
            List<double[]> db = Backpropagation.gradients(net, x, y).biases();
            List<double[]> numerical = GradientCheck.gradients(net, x, y).biases();
            assertEquals(numerical.size(), db.size(), texts.say("perLayer2"));
            for (int l = 0; l < numerical.size(); l++) {
                double error = HiddenReference.relativeError(new double[][] {db.get(l)},
                        new double[][] {numerical.get(l)});
                assertTrue(error <= RELATIVE_ERROR, texts.say("layerRelativeError2", (l + 1), shape, error));
            }
        }
    }

    @Test
    @Tag("formula")
    void oneLayer() {
        Random rng = new Random(353);
        Network net = HiddenReference.randomNetwork(rng, 1, 4, 3);
        double[] x = HiddenReference.randomInput(rng, 4);
        double[] y = {0, 0, 1};
        double[] a = HiddenReference.forward(net, x);
        Backpropagation.Gradients g = Backpropagation.gradients(net, x, y);
        for (int j = 0; j < 3; j++) {
            assertEquals(a[j] - y[j], g.biases().get(0)[j], TOLERANCE, texts.say("factorOutput"));
            for (int i = 0; i < 4; i++) {
                assertEquals((a[j] - y[j]) * x[i], g.weights().get(0)[j][i], TOLERANCE, "∂C/∂W[j][i] = δ[j]·x[i]");
            }
        }
    }

    @Test
    @Tag("bad-input")
    void rejectsWrongLengths() {
        Network net = HiddenReference.randomNetwork(new Random(354), 1, 3, 2, 2);
        assertThrows(IllegalArgumentException.class,
                () -> Backpropagation.gradients(net, new double[2], new double[] {1, 0}), texts.say("entries"));
        assertThrows(IllegalArgumentException.class,
                () -> Backpropagation.gradients(net, new double[4], new double[] {1, 0}), texts.say("entries2"));
        assertThrows(IllegalArgumentException.class,
                () -> Backpropagation.gradients(net, new double[3], new double[] {1}), texts.say("entry"));
        assertThrows(IllegalArgumentException.class,
                () -> Backpropagation.gradients(net, new double[3], new double[] {1, 0, 0}), texts.say("entries3"));
    }

    @Test
    @Tag("unmodified")
    void leavesArgumentsUnchanged() {
        Random rng = new Random(355);
        Network net = HiddenReference.randomNetwork(rng, 1, 4, 5, 3, 2);
        List<double[][]> before = HiddenReference.parameters(net);
        double[] x = HiddenReference.randomInput(rng, 4);
        double[] y = {0, 1};
        double[] xBefore = x.clone();
        Backpropagation.gradients(net, x, y);
        assertArrayEquals(xBefore, x, texts.say("gradientsWrite"));
        assertArrayEquals(new double[] {0, 1}, y, texts.say("gradientsWrite2"));
        List<double[][]> after = HiddenReference.parameters(net);
        for (int p = 0; p < before.size(); p++) {
            assertArrayEquals(before.get(p), after.get(p), texts.say("gradientsChangeNetwork"));
        }
    }

    private static int[] sizes(String shape) {
        return Arrays.stream(shape.split("-")).mapToInt(Integer::parseInt).toArray();
    }
}
