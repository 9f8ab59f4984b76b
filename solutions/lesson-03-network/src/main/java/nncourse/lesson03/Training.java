package nncourse.lesson03;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Training (학습) a network by stochastic gradient descent: one small step down the gradient
 * of the loss of one example at a time, every example once per epoch, in a new random order
 * each epoch.
 */
public final class Training {

    private Training() {
    }

    /**
     * One step of gradient descent on one example, for every layer l:
     * <pre>
     *   Wˡ ← Wˡ − α ∂C/∂Wˡ,    bˡ ← bˡ − α ∂C/∂bˡ         (α = learningRate)
     * </pre>
     * with the gradients of {@link Backpropagation#gradients}.
     *
     * @param net          the network before the step (left unchanged)
     * @param x            the input, length net.inputSize()
     * @param y            the label, length net.outputSize()
     * @param learningRate α &gt; 0
     * @return a new network, of the same shape
     * @throws IllegalArgumentException if α is not a positive number, or x or y has the wrong length
     */
    public static Network step(Network net, double[] x, double[] y, double learningRate) {
        requireLearningRate(learningRate);
        Backpropagation.Gradients gradients = Backpropagation.gradients(net, x, y);
        List<double[][]> dW = gradients.weights();
        List<double[]> db = gradients.biases();
        List<Layer> layers = net.layers();
        List<Layer> stepped = new ArrayList<>();
        for (int l = 0; l < layers.size(); l++) {
            double[][] W = layers.get(l).weights();
            double[] b = layers.get(l).biases();
            double[][] dWl = dW.get(l);
            double[] dbl = db.get(l);
            for (int j = 0; j < W.length; j++) {
                for (int i = 0; i < W[j].length; i++) {
                    W[j][i] -= learningRate * dWl[j][i];
                }
                b[j] -= learningRate * dbl[j];
            }
            stepped.add(new Layer(W, b));
        }
        return new Network(stepped);
    }

    /**
     * Trains the network: each epoch puts the rows in a new random order (drawn from rng) and
     * applies {@link #step} to every row once, in that order.
     *
     * @param net          the network to start from (left unchanged)
     * @param x            the inputs, one row per example, each of length net.inputSize()
     * @param y            the labels, one row per example, each of length net.outputSize()
     * @param learningRate α &gt; 0
     * @param epochs       how many times to go through the data, ≥ 0
     * @param rng          the source of the row orders (seed it to repeat a run)
     * @return the trained network (equal to net if epochs = 0)
     * @throws IllegalArgumentException if the data is empty, x and y differ in rows, a row has
     *                                  the wrong length, α is not positive or epochs is negative
     */
    public static Network train(Network net, double[][] x, double[][] y, double learningRate, int epochs,
                                Random rng) {
        requireData(net, x, y);
        requireLearningRate(learningRate);
        if (epochs < 0) {
            throw new IllegalArgumentException("epochs is " + epochs + " but must be ≥ 0");
        }
        int[] order = new int[x.length];
        for (int row = 0; row < order.length; row++) {
            order[row] = row;
        }
        Network trained = net;
        for (int epoch = 0; epoch < epochs; epoch++) {
            shuffle(order, rng);
            for (int row : order) {
                trained = step(trained, x[row], y[row], learningRate);
            }
        }
        return trained;
    }

    /**
     * The fraction of rows the network gets right. With one output the prediction is 1 when
     * a ≥ 0.5, else 0, and the label is y[0]; with several outputs the prediction is the index of
     * the largest output and the label is the index of the 1 in the one-hot y:
     * <pre>
     *   one output:       (a₀ ≥ 0.5 ? 1 : 0) = y₀
     *   several outputs:  argmaxₖ aₖ = argmaxₖ yₖ
     * </pre>
     *
     * @param net the network
     * @param x   the inputs, one row per example
     * @param y   the labels, one row per example (0 or 1 for one output, one-hot for several)
     * @return the fraction of correct rows, between 0 and 1
     * @throws IllegalArgumentException if the data is empty, x and y differ in rows, or a row has the
     *                                  wrong length
     */
    public static double accuracy(Network net, double[][] x, double[][] y) {
        requireData(net, x, y);
        int correct = 0;
        for (int row = 0; row < x.length; row++) {
            if (predicted(net.forward(x[row])) == predicted(y[row])) {
                correct++;
            }
        }
        return (double) correct / x.length;
    }

    /** The class a vector stands for: 1 or 0 for one entry (threshold 0.5), else its argmax. */
    private static int predicted(double[] a) {
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

    /** Fisher–Yates: every order equally likely, every row exactly once. */
    private static void shuffle(int[] order, Random rng) {
        for (int i = order.length - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
    }

    private static void requireLearningRate(double learningRate) {
        if (!(learningRate > 0) || Double.isInfinite(learningRate)) {
            throw new IllegalArgumentException("learningRate is " + learningRate + " but must be a positive number");
        }
    }

    private static void requireData(Network net, double[][] x, double[][] y) {
        if (x.length == 0 || x.length != y.length) {
            throw new IllegalArgumentException("x has " + x.length + " rows and y has " + y.length
                    + " (expected the same number, at least 1)");
        }
        for (int row = 0; row < x.length; row++) {
            if (x[row].length != net.inputSize() || y[row].length != net.outputSize()) {
                throw new IllegalArgumentException("row " + row + ": x has " + x[row].length + " entries and y has "
                        + y[row].length + " but the network takes " + net.inputSize() + " inputs and gives "
                        + net.outputSize() + " outputs");
            }
        }
    }
}
