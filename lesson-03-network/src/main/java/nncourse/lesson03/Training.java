package nncourse.lesson03;

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
        // requireLearningRate(learningRate) checks α. Take g = Backpropagation.gradients(net, x, y).
        // For every layer l: W = its weights(), b = its biases() (copies, yours to change),
        // W[j][i] −= α·∂C/∂W[j][i] and b[j] −= α·∂C/∂b[j], then new Layer(W, b).
        // Return a new Network of those layers.
        throw new UnsupportedOperationException("TODO 3.6: W ← W − α∂C/∂W and b ← b − α∂C/∂b in every layer");
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
        // requireData(net, x, y) and requireLearningRate(learningRate) check the input; reject
        // epochs < 0 yourself. Keep an int array of the row numbers 0 … m − 1. Each epoch, shuffle it
        // with rng (Fisher–Yates: for i = m − 1 down to 1, swap entries i and rng.nextInt(i + 1)),
        // then apply step to x[row], y[row] for every row in that order, each time to the network
        // the previous step returned.
        throw new UnsupportedOperationException(
                "TODO 3.7: each epoch, shuffle the row order with rng and step through every row");
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
        // requireData(net, x, y) checks the input. For every row, compare the prediction made from
        // net.forward(x[row]) with the label y[row]: with one output, a ≥ 0.5 means 1; with several,
        // the index of the largest entry (of a, and of the one-hot y). Return correct / rows.
        throw new UnsupportedOperationException("TODO 3.8: the fraction of rows the network predicts right");
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
