package nncourse.lesson03;

import java.util.List;

/**
 * An artificial neural network (인공 신경망): layers 1 … L, each taking all outputs of the
 * layer before it. The network's input x plays the part of layer 0's outputs, a⁰ = x, and the
 * last layer's outputs aᴸ are the network's outputs.
 * <pre>
 *   layers().get(l − 1)   layer l = (Wˡ, bˡ),  Wˡ is size(l) × size(l − 1)
 * </pre>
 * (The list starts at 0, the notes count layers from 1.) A network is immutable.
 */
public final class Network {

    private final List<Layer> layers;

    /**
     * A network of the given layers, in order from the first hidden layer to the output layer.
     *
     * @param layers at least one layer; each layer's inputSize equals the size of the layer before
     * @throws IllegalArgumentException if layers is empty, holds null, or two neighbours do not fit
     */
    public Network(List<Layer> layers) {
        if (layers == null || layers.isEmpty()) {
            throw new IllegalArgumentException("a network needs at least one layer, got none");
        }
        for (int l = 0; l < layers.size(); l++) {
            if (layers.get(l) == null) {
                throw new IllegalArgumentException("layer " + (l + 1) + " is null");
            }
            if (l > 0 && layers.get(l).inputSize() != layers.get(l - 1).size()) {
                throw new IllegalArgumentException("layer " + (l + 1) + " takes " + layers.get(l).inputSize()
                        + " inputs but layer " + l + " has " + layers.get(l - 1).size() + " neurons");
            }
        }
        this.layers = List.copyOf(layers);
    }

    /** @return the layers 1 … L at indexes 0 … L − 1 (unmodifiable; layers are immutable) */
    public List<Layer> layers() {
        return layers;
    }

    /** @return the length of x, the input size of the first layer */
    public int inputSize() {
        return layers.get(0).inputSize();
    }

    /** @return the length of aᴸ, the size of the last layer */
    public int outputSize() {
        return layers.get(layers.size() - 1).size();
    }

    /**
     * The network's output, computed layer by layer from the input to the last layer:
     * <pre>
     *   a⁰ = x,   aˡ = layer l forward of aˡ⁻¹   for l = 1 … L,   return aᴸ
     * </pre>
     *
     * @param x the input, length inputSize()
     * @return a new array aᴸ of length outputSize()
     * @throws IllegalArgumentException if x.length ≠ inputSize()
     */
    public double[] forward(double[] x) {
        // requireInput(x) checks the length. Then start from a = x and, for every layer in order,
        // replace a by that layer's forward of a. The last a is the output.
        throw new UnsupportedOperationException(
                "TODO 3.2: feed x through the layers in order and return the last layer's outputs");
    }

    /**
     * Every layer's outputs, as forward computes them:
     * <pre>
     *   [a⁰ = x, a¹, …, aᴸ]        L + 1 arrays; aˡ has the length of layer l's size
     * </pre>
     * Backpropagation needs them all.
     *
     * @param x the input, length inputSize()
     * @return a list of L + 1 new arrays (the first a copy of x)
     * @throws IllegalArgumentException if x.length ≠ inputSize()
     */
    public List<double[]> activations(double[] x) {
        // requireInput(x) checks the length. Start a list with a copy of x (x.clone()); then, for
        // every layer in order, add that layer's forward of the list's last entry.
        throw new UnsupportedOperationException("TODO 3.3: return the list [a⁰ = copy of x, a¹, …, aᴸ]");
    }

    /**
     * A 2-2-1 network that computes XOR with hand-set weights: output ≥ 0.99 on the inputs
     * (0, 1) and (1, 0), ≤ 0.01 on (0, 0) and (1, 1). No single neuron can (lesson 02);
     * XOR(x₁, x₂) = AND(OR(x₁, x₂), NAND(x₁, x₂)) shows how two layers can.
     *
     * @return the network
     */
    public static Network xor() {
        // Hidden layer of 2 neurons: one computes OR(x₁, x₂), the other NAND(x₁, x₂) (lesson 02's
        // gates); output layer of 1 neuron: AND of the two. Weights of about ±20 push σ close to 0
        // and 1. Write each layer as new Layer(weights, biases), with one row of weights per neuron.
        throw new UnsupportedOperationException(
                "TODO 3.4: build a 2-2-1 network that computes XOR with hand-set weights");
    }

    private void requireInput(double[] x) {
        if (x.length != inputSize()) {
            throw new IllegalArgumentException("x has " + x.length + " entries but the network takes "
                    + inputSize() + " inputs");
        }
    }
}
