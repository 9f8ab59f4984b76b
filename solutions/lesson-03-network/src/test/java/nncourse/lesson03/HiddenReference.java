package nncourse.lesson03;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import nncourse.learner.TestTexts;

/**
 * What the hidden tests compare with: the formulas of the lesson written out once, using only
 * the given code (Layer's accessors and Sigmoid), never the learner's exercises.
 */
final class HiddenReference {

    private static final TestTexts texts = TestTexts.of(HiddenReference.class);

    private HiddenReference() {
    }

    /** A network of the given layer sizes (input first), weights and biases uniform in [−scale, scale). */
    static Network randomNetwork(Random rng, double scale, int... sizes) {
        List<Layer> layers = new ArrayList<>();
        for (int l = 1; l < sizes.length; l++) {
            layers.add(randomLayer(rng, scale, sizes[l - 1], sizes[l]));
        }
        return new Network(layers);
    }

    static Layer randomLayer(Random rng, double scale, int inputSize, int size) {
        double[][] W = new double[size][inputSize];
        double[] b = new double[size];
        for (int j = 0; j < size; j++) {
            for (int i = 0; i < inputSize; i++) {
                W[j][i] = scale * (2 * rng.nextDouble() - 1);
            }
            b[j] = scale * (2 * rng.nextDouble() - 1);
        }
        return new Layer(W, b);
    }

    /** n numbers uniform in [0, 1), like pixels. */
    static double[] randomInput(Random rng, int n) {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = rng.nextDouble();
        }
        return x;
    }

    /** A random label: {0} or {1} for one output, else one-hot. */
    static double[] randomLabel(Random rng, int n) {
        double[] y = new double[n];
        if (n == 1) {
            y[0] = rng.nextInt(2);
        } else {
            y[rng.nextInt(n)] = 1;
        }
        return y;
    }

    /** aⱼ = σ(Σᵢ Wⱼᵢ·inputᵢ + bⱼ). */
    static double[] layerForward(Layer layer, double[] input) {
        double[][] W = layer.weights();
        double[] b = layer.biases();
        double[] a = new double[b.length];
        for (int j = 0; j < b.length; j++) {
            double z = b[j];
            for (int i = 0; i < input.length; i++) {
                z += W[j][i] * input[i];
            }
            a[j] = Sigmoid.sigmoid(z);
        }
        return a;
    }

    /** [a⁰ = x, a¹, …, aᴸ]. */
    static List<double[]> activations(Network net, double[] x) {
        List<double[]> a = new ArrayList<>();
        a.add(x.clone());
        for (Layer layer : net.layers()) {
            a.add(layerForward(layer, a.get(a.size() - 1)));
        }
        return a;
    }

    static double[] forward(Network net, double[] x) {
        List<double[]> a = activations(net, x);
        return a.get(a.size() - 1);
    }

    /** One output: a ≥ 0.5 means 1; several: the index of the largest. */
    static int predicted(double[] a) {
        if (a.length == 1) {
            return a[0] >= 0.5 ? 1 : 0;
        }
        int largest = 0;
        for (int k = 1; k < a.length; k++) {
            if (a[k] > a[largest]) {
                largest = k;
            }
        }
        return largest;
    }

    static double accuracy(Network net, double[][] x, double[][] y) {
        int correct = 0;
        for (int r = 0; r < x.length; r++) {
            if (predicted(forward(net, x[r])) == predicted(y[r])) {
                correct++;
            }
        }
        return (double) correct / x.length;
    }

    /** ‖a − b‖ / (‖a‖ + ‖b‖) over all entries (0 if both are 0); a must have the shape of b. */
    static double relativeError(double[][] a, double[][] b) {
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

    static double[][] copy(double[][] m) {
        double[][] c = new double[m.length][];
        for (int r = 0; r < m.length; r++) {
            c[r] = m[r].clone();
        }
        return c;
    }

    /** Every weight and bias of every layer, in one list, to compare two networks. */
    static List<double[][]> parameters(Network net) {
        List<double[][]> p = new ArrayList<>();
        for (Layer layer : net.layers()) {
            p.add(layer.weights());
            p.add(new double[][] {layer.biases()});
        }
        return p;
    }
}
