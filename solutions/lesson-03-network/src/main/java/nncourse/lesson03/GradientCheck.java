package nncourse.lesson03;

import java.util.ArrayList;
import java.util.List;

/**
 * Gradients by central differences, to check backpropagation against. Nudge one weight or
 * bias θ by ±h, leaving all others, and see how the loss C changes:
 * <pre>
 *   ∂C/∂θ ≈ (C(θ + h) − C(θ − h)) / 2h          h = {@value #H}
 * </pre>
 * The error is about h² — far below what a wrong formula gives — but it costs two forward passes
 * per weight: for checking, never for training. It computes C with
 * {@link Backpropagation#loss}, so with your {@link Network#forward}.
 *
 * <p>Given, finished.
 */
public final class GradientCheck {

    /** The nudge h. */
    public static final double H = 1e-5;

    private GradientCheck() {
    }

    /**
     * The numerical gradients of the loss C of one example, in the shapes of
     * {@link Backpropagation#gradients}.
     *
     * @param net the network
     * @param x   the input, length net.inputSize()
     * @param y   the label, length net.outputSize()
     * @return ∂C/∂W and ∂C/∂b of every layer, in layer order
     * @throws IllegalArgumentException if x or y has the wrong length
     */
    public static Backpropagation.Gradients gradients(Network net, double[] x, double[] y) {
        List<Layer> layers = net.layers();
        List<double[][]> dW = new ArrayList<>();
        List<double[]> db = new ArrayList<>();
        for (int l = 0; l < layers.size(); l++) {
            double[][] W = layers.get(l).weights();
            double[] b = layers.get(l).biases();
            double[][] dWl = new double[W.length][W[0].length];
            double[] dbl = new double[b.length];
            for (int j = 0; j < W.length; j++) {
                for (int i = 0; i < W[j].length; i++) {
                    double w = W[j][i];
                    W[j][i] = w + H;
                    double plus = Backpropagation.loss(replace(layers, l, W, b), x, y);
                    W[j][i] = w - H;
                    double minus = Backpropagation.loss(replace(layers, l, W, b), x, y);
                    W[j][i] = w;
                    dWl[j][i] = (plus - minus) / (2 * H);
                }
                double bias = b[j];
                b[j] = bias + H;
                double plus = Backpropagation.loss(replace(layers, l, W, b), x, y);
                b[j] = bias - H;
                double minus = Backpropagation.loss(replace(layers, l, W, b), x, y);
                b[j] = bias;
                dbl[j] = (plus - minus) / (2 * H);
            }
            dW.add(dWl);
            db.add(dbl);
        }
        return new Backpropagation.Gradients(dW, db);
    }

    /** The network with layer index l replaced by (W, b). */
    private static Network replace(List<Layer> layers, int l, double[][] W, double[] b) {
        List<Layer> replaced = new ArrayList<>(layers);
        replaced.set(l, new Layer(W, b));
        return new Network(replaced);
    }
}
