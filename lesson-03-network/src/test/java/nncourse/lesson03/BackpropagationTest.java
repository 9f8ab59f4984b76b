package nncourse.lesson03;

import static nncourse.lesson03.Sigmoid.sigmoid;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import java.util.function.IntToDoubleFunction;
import nncourse.learner.Exercise;
import nncourse.learner.TestTexts;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Exercise("3.5")
@DisplayNameGeneration(TestTexts.Names.class)
class BackpropagationTest {

    private static final TestTexts texts = TestTexts.of(BackpropagationTest.class);

    private static final double TOLERANCE = 1e-9;
    /** How far backpropagation may be from GradientCheck, relative to the gradients' size. */
    private static final double RELATIVE_ERROR = 1e-6;

    @Nested
    @Tag("formula")
    class OneOneOne {

        // z¹ = 0.5·2 − 1 = 0, so a¹ = σ(0) = ½ and σ′ there is a¹(1 − a¹) = ¼.
        // z² = 2·½ + 0.25 = 1.25, so a² = σ(1.25) and δ² = a² − y = σ(1.25) − 1.
        private final Network net = new Network(List.of(
                new Layer(new double[][] {{0.5}}, new double[] {-1}),
                new Layer(new double[][] {{2}}, new double[] {0.25})));
        private final Backpropagation.Gradients g = Backpropagation.gradients(net, new double[] {2}, new double[] {1});
        private final double delta2 = sigmoid(1.25) - 1;

        @Test
        void outputLayer() {
            assertEquals(delta2 * 0.5, g.weights().get(1)[0][0], TOLERANCE,
                    texts.say("outputCrossEntropy"));
            assertEquals(delta2, g.biases().get(1)[0], TOLERANCE, "∂C/∂b² = δ²");
        }

        @Test
        void hiddenLayer() {
            double delta1 = 2 * delta2 * 0.25;
            double seen = g.biases().get(0)[0];
            assertEquals(delta1 * 2, g.weights().get(0)[0][0], TOLERANCE,
                    texts.say("hiddenWeight",
                            Math.abs(g.biases().get(1)[0] - delta2) > TOLERANCE ? texts.say("sentBackOff")
                            : Math.abs(seen - 2 * delta2) < TOLERANCE ? texts.say("forget")
                            : Math.abs(seen - 2 * delta2 * sigmoid(1.25) * (1 - sigmoid(1.25))) < TOLERANCE
                                    ? texts.say("outputLayerTakes")
                            : ""));
            assertEquals(delta1, g.biases().get(0)[0], TOLERANCE, "∂C/∂b¹ = δ¹");
        }
    }

    @Test
    @Tag("formula")
    void shapes() {
        Network net = network(new Random(1), 3, 4, 2);
        Backpropagation.Gradients g = Backpropagation.gradients(net, new double[] {0.1, 0.5, 0.9}, new double[] {0, 1});
        assertEquals(2, g.weights().size(), texts.say("perLayer"));
        assertEquals(2, g.biases().size(), texts.say("perLayer2"));
        for (int l = 0; l < 2; l++) {
            Layer layer = net.layers().get(l);
            assertEquals(layer.size(), g.weights().get(l).length, texts.say("layerRowPer", (l + 1)));
            assertEquals(layer.inputSize(), g.weights().get(l)[0].length,
                    texts.say("layerColumnPer", (l + 1)));
            assertEquals(layer.size(), g.biases().get(l).length, texts.say("layerPerNeuron", (l + 1)));
        }
    }

    @Test
    @Tag("formula")
    void agreesWithGradientCheck() {
        Network net = network(new Random(2), 3, 4, 2);
        double[] x = {0.2, 0.7, 0.4};
        double[] y = {1, 0};
        Backpropagation.Gradients g = Backpropagation.gradients(net, x, y);
        Backpropagation.Gradients numerical = GradientCheck.gradients(net, x, y);
        for (int l = 1; l >= 0; l--) { // from the output back, as δ goes, so that the first mistake shows first
            double weightsError = relativeError(g.weights().get(l), numerical.weights().get(l));
            assertTrue(weightsError <= RELATIVE_ERROR, texts.say("layerOffRelative", (l + 1), weightsError,
                    mistakeIn(net, x, y, g, l, texts.say("checkOrder"))));
            double biasesError = relativeError(new double[][] {g.biases().get(l)},
                    new double[][] {numerical.biases().get(l)});
            assertTrue(biasesError <= RELATIVE_ERROR, texts.say("layerOffRelative2", (l + 1), biasesError,
                    mistakeIn(net, x, y, g, l, texts.say("itself"))));
        }
    }

    /**
     * What the gradients {@code g} of layer {@code l} of a 2-layer network most likely got wrong, told from the
     * δ they hold (∂C/∂b = δ), or {@code otherwise}.
     */
    private static String mistakeIn(Network net, double[] x, double[] y, Backpropagation.Gradients g, int l,
                                     String otherwise) {
        double[] a1 = net.layers().get(0).forward(x);
        double[] a2 = net.layers().get(1).forward(a1);
        double[] delta2 = new double[a2.length];
        for (int k = 0; k < a2.length; k++) {
            delta2[k] = a2[k] - y[k];
        }
        double[][] W2 = net.layers().get(1).weights();
        double[] sentBack = new double[a1.length]; // (W²)ᵀδ², before σ′
        for (int i = 0; i < a1.length; i++) {
            for (int k = 0; k < delta2.length; k++) {
                sentBack[i] += W2[k][i] * delta2[k];
            }
        }
        double[] delta = l == 1 ? delta2 : new double[a1.length];
        double[] sigmaPrime = l == 1 ? a2.clone() : a1.clone();
        for (int j = 0; j < sigmaPrime.length; j++) {
            sigmaPrime[j] *= 1 - sigmaPrime[j];
            if (l == 0) {
                delta[j] = sentBack[j] * sigmaPrime[j];
            }
        }
        double[] db = g.biases().get(l);
        double[] output = l == 1 ? a2 : a1;
        if (db.length != delta.length) {
            return otherwise;
        }
        if (l == 1 && all(db, delta2, j -> -delta2[j])) {
            return texts.say("wrongSignOutput");
        }
        if (l == 1 && all(db, delta2, j -> delta2[j] * sigmaPrime[j])) {
            return texts.say("crossEntropyCost");
        }
        if (l == 0 && all(db, delta, j -> sentBack[j])) {
            return texts.say("forgetSendingBack");
        }
        if (all(db, delta, j -> 0)) {
            return texts.say("itself2");
        }
        if (all(db, delta, j -> delta[j])) {
            double[][] dW = g.weights().get(l);
            boolean fromOutputs = dW.length == delta.length;
            for (int j = 0; j < dW.length && fromOutputs; j++) {
                for (int i = 0; i < dW[j].length && fromOutputs; i++) {
                    fromOutputs = Math.abs(dW[j][i] - delta[j] * output[j]) <= 1e-9;
                }
            }
            if (fromOutputs) {
                return texts.say("layerOwnOutputs", (l == 1 ? "a¹" : "x"));
            }
        }
        return otherwise;
    }

    /** Whether every entry of {@code seen} is the {@code expected} one (within a relative error of 1e-9). */
    private static boolean all(double[] seen, double[] shape, IntToDoubleFunction expected) {
        for (int j = 0; j < shape.length; j++) {
            double e = expected.applyAsDouble(j);
            if (Math.abs(seen[j] - e) > 1e-9 * Math.max(1, Math.abs(e))) {
                return false;
            }
        }
        return true;
    }

    @Test
    @Tag("unmodified")
    void leavesArgumentsUnchanged() {
        Network net = network(new Random(3), 2, 3, 1);
        double[][] w1 = net.layers().get(0).weights();
        double[] x = {0.3, 0.6};
        double[] y = {1};
        Backpropagation.gradients(net, x, y);
        assertArrayEquals(new double[] {0.3, 0.6}, x, texts.say("gradientsWrite"));
        assertArrayEquals(new double[] {1}, y, texts.say("gradientsWrite2"));
        assertArrayEquals(w1, net.layers().get(0).weights(), texts.say("networkStay"));
    }

    /** A network of the given layer sizes with weights and biases uniform in [−1, 1). */
    private static Network network(Random rng, int... sizes) {
        Layer[] layers = new Layer[sizes.length - 1];
        for (int l = 1; l < sizes.length; l++) {
            double[][] W = new double[sizes[l]][sizes[l - 1]];
            double[] b = new double[sizes[l]];
            for (int j = 0; j < sizes[l]; j++) {
                for (int i = 0; i < sizes[l - 1]; i++) {
                    W[j][i] = 2 * rng.nextDouble() - 1;
                }
                b[j] = 2 * rng.nextDouble() - 1;
            }
            layers[l - 1] = new Layer(W, b);
        }
        return new Network(List.of(layers));
    }

    /** ‖a − b‖ / (‖a‖ + ‖b‖), over all entries (0 if both are 0); a must have the shape of b. */
    private static double relativeError(double[][] a, double[][] b) {
        assertEquals(b.length, a.length, texts.say("gradientRowPer"));
        double difference = 0;
        double normA = 0;
        double normB = 0;
        for (int j = 0; j < a.length; j++) {
            assertEquals(b[j].length, a[j].length, texts.say("gradientColumnPer"));
            for (int i = 0; i < a[j].length; i++) {
                difference += (a[j][i] - b[j][i]) * (a[j][i] - b[j][i]);
                normA += a[j][i] * a[j][i];
                normB += b[j][i] * b[j][i];
            }
        }
        double norms = Math.sqrt(normA) + Math.sqrt(normB);
        return norms == 0 ? 0 : Math.sqrt(difference) / norms;
    }

    @Test
    @Tag("bad-input")
    void rejectsWrongLengths() {
        Network net = network(new Random(4), 3, 2, 2);
        assertThrows(IllegalArgumentException.class,
                () -> Backpropagation.gradients(net, new double[2], new double[] {1, 0}),
                texts.say("networkTakesInputs"));
        assertThrows(IllegalArgumentException.class,
                () -> Backpropagation.gradients(net, new double[3], new double[] {1}),
                texts.say("needsLabelPer"));
    }
}
