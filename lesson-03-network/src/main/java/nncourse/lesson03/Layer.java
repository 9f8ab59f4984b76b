package nncourse.lesson03;

import java.util.Random;

/**
 * A layer (층) of sigmoid neurons. Every neuron of a layer takes all outputs of the layer
 * before it as its input, so one layer is one weight matrix and one bias vector:
 * <pre>
 *   W   size × inputSize    W[j][i] = the weight (가중치) from input i to neuron j
 *   b   size                b[j]    = the bias (편향) of neuron j
 * </pre>
 * Row j of W with b[j] is one artificial neuron of lesson 02. A layer is immutable: the
 * constructor copies its arguments and the accessors return copies.
 */
public final class Layer {

    private final double[][] W;
    private final double[] b;

    /**
     * A layer with the given weights and biases (both copied).
     *
     * @param weights size × inputSize; {@code weights[j][i]} is the weight from input i to neuron j
     * @param biases  size; {@code biases[j]} is the bias of neuron j
     * @throws IllegalArgumentException if weights is empty or ragged, a row is empty, biases
     *                                  has not one entry per row, or a number is not finite
     */
    public Layer(double[][] weights, double[] biases) {
        if (weights == null || biases == null) {
            throw new IllegalArgumentException("weights and biases must not be null");
        }
        if (weights.length == 0) {
            throw new IllegalArgumentException("weights has 0 rows: a layer needs at least one neuron");
        }
        if (biases.length != weights.length) {
            throw new IllegalArgumentException("biases has " + biases.length + " entries but weights has "
                    + weights.length + " rows (one bias per neuron)");
        }
        W = new double[weights.length][];
        for (int j = 0; j < weights.length; j++) {
            if (weights[j] == null || weights[j].length == 0) {
                throw new IllegalArgumentException(
                        "weights[" + j + "] is empty: every neuron needs at least one input");
            }
            if (weights[j].length != weights[0].length) {
                throw new IllegalArgumentException("weights is ragged: row 0 has " + weights[0].length
                        + " entries but row " + j + " has " + weights[j].length);
            }
            W[j] = requireFinite(weights[j], "weights[" + j + "]");
        }
        b = requireFinite(biases, "biases");
    }

    /**
     * A layer of {@code size} neurons with {@code inputSize} inputs each, ready for training:
     * every weight uniform in [−1/√inputSize, 1/√inputSize), every bias 0. Different weights
     * let the neurons of a layer learn different things; the 1/√inputSize keeps the weighted
     * sums small, where σ is not flat.
     *
     * @param inputSize the number of inputs, at least 1
     * @param size      the number of neurons, at least 1
     * @param rng       the source of randomness (seed it to repeat a run)
     * @return the new layer
     * @throws IllegalArgumentException if inputSize or size is less than 1
     */
    public static Layer random(int inputSize, int size, Random rng) {
        if (inputSize < 1 || size < 1) {
            throw new IllegalArgumentException("a layer needs inputSize ≥ 1 and size ≥ 1, got inputSize "
                    + inputSize + " and size " + size);
        }
        double scale = 1 / Math.sqrt(inputSize);
        double[][] weights = new double[size][inputSize];
        for (double[] row : weights) {
            for (int i = 0; i < inputSize; i++) {
                row[i] = scale * (2 * rng.nextDouble() - 1);
            }
        }
        return new Layer(weights, new double[size]);
    }

    /** @return the number of inputs of each neuron (the columns of W) */
    public int inputSize() {
        return W[0].length;
    }

    /** @return the number of neurons (the rows of W, the entries of b) */
    public int size() {
        return W.length;
    }

    /** @return a copy of W, size × inputSize — a copy, so call it once, outside your loops */
    public double[][] weights() {
        double[][] copy = new double[W.length][];
        for (int j = 0; j < W.length; j++) {
            copy[j] = W[j].clone();
        }
        return copy;
    }

    /** @return a copy of b, of length size */
    public double[] biases() {
        return b.clone();
    }

    /**
     * The outputs of the layer's neurons, each computed like the neuron of lesson 02:
     * <pre>
     *   a[j] = σ(Σᵢ W[j][i]·input[i] + b[j])      for j = 0 … size − 1
     * </pre>
     *
     * @param input the outputs of the layer before (or the network's input x), length inputSize
     * @return a new array a of length size
     * @throws IllegalArgumentException if input.length ≠ inputSize
     */
    public double[] forward(double[] input) {
        // requireInput(input) checks the length. Then, in a new array a of length size(), for every
        // neuron j:
        //   z = b[j] + W[j][0]·input[0] + … + W[j][n−1]·input[n−1],   a[j] = Sigmoid.sigmoid(z)
        throw new UnsupportedOperationException(
                "TODO 3.1: compute a[j] = σ(Σᵢ W[j][i]·input[i] + b[j]) for every neuron j");
    }

    private void requireInput(double[] input) {
        if (input.length != inputSize()) {
            throw new IllegalArgumentException("input has " + input.length + " entries but the layer takes "
                    + inputSize() + " inputs");
        }
    }

    private static double[] requireFinite(double[] v, String name) {
        for (int i = 0; i < v.length; i++) {
            if (!Double.isFinite(v[i])) {
                throw new IllegalArgumentException(name + "[" + i + "] is " + v[i]
                        + ": weights and biases must be finite");
            }
        }
        return v.clone();
    }
}
