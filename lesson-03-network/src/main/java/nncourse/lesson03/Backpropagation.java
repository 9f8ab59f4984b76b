package nncourse.lesson03;

import java.util.ArrayList;
import java.util.List;

/**
 * Backpropagation (역전파): the gradient of the loss C of one example with respect to every
 * weight and bias of a network, computed from the last layer back to the first.
 * <pre>
 *   C  = −Σₖ [yₖ log aₖᴸ + (1 − yₖ) log(1 − aₖᴸ)]      (cross-entropy of every output)
 *   δᴸ = aᴸ − y                                        δˡ = ∂C/∂zˡ, where aˡ = σ(zˡ)
 *   δˡ = (Wˡ⁺¹)ᵀ δˡ⁺¹ ⊙ aˡ(1 − aˡ)                      for l = L − 1 … 1
 *   ∂C/∂Wˡ = δˡ (aˡ⁻¹)ᵀ     ∂C/∂bˡ = δˡ                 for l = L … 1
 * </pre>
 */
public final class Backpropagation {

    private Backpropagation() {
    }

    /**
     * ∂C/∂Wˡ and ∂C/∂bˡ for the layers l = 1 … L, at indexes 0 … L − 1, in the shapes of the
     * layers: {@code weights().get(l - 1)} is size(l) × size(l − 1), {@code biases().get(l - 1)}
     * has size(l) entries. Immutable: copied in, copied out.
     *
     * @param weights ∂C/∂W of every layer, in layer order
     * @param biases  ∂C/∂b of every layer, in layer order
     */
    public record Gradients(List<double[][]> weights, List<double[]> biases) {

        /** @throws IllegalArgumentException if the lists differ in length */
        public Gradients {
            if (weights.size() != biases.size()) {
                throw new IllegalArgumentException("weights has " + weights.size() + " layers but biases has "
                        + biases.size());
            }
            weights = copyMatrices(weights);
            biases = copyVectors(biases);
        }

        /** @return a copy of ∂C/∂W for every layer */
        @Override
        public List<double[][]> weights() {
            return copyMatrices(weights);
        }

        /** @return a copy of ∂C/∂b for every layer */
        @Override
        public List<double[]> biases() {
            return copyVectors(biases);
        }

        private static List<double[][]> copyMatrices(List<double[][]> matrices) {
            List<double[][]> copy = new ArrayList<>();
            for (double[][] m : matrices) {
                double[][] c = new double[m.length][];
                for (int j = 0; j < m.length; j++) {
                    c[j] = m[j].clone();
                }
                copy.add(c);
            }
            return List.copyOf(copy);
        }

        private static List<double[]> copyVectors(List<double[]> vectors) {
            List<double[]> copy = new ArrayList<>();
            for (double[] v : vectors) {
                copy.add(v.clone());
            }
            return List.copyOf(copy);
        }
    }

    /**
     * The loss of one example, the cross-entropy of every output against its label:
     * <pre>
     *   C = −Σₖ [yₖ log aₖᴸ + (1 − yₖ) log(1 − aₖᴸ)],    aᴸ = net.forward(x)
     * </pre>
     * It uses your {@link Network#forward}.
     *
     * @param net the network
     * @param x   the input, length net.inputSize()
     * @param y   the label, length net.outputSize() (one-hot, or one entry 0 or 1)
     * @return C ≥ 0
     * @throws IllegalArgumentException if x or y has the wrong length
     */
    public static double loss(Network net, double[] x, double[] y) {
        requireExample(net, x, y);
        double[] a = net.forward(x);
        double C = 0;
        for (int k = 0; k < y.length; k++) {
            // Skip a term whose factor is 0, so that an output rounded to exactly 0 or 1
            // costs 0 where it is right instead of 0 · log 0 = NaN.
            if (y[k] != 0) {
                C -= y[k] * Math.log(a[k]);
            }
            if (y[k] != 1) {
                C -= (1 - y[k]) * Math.log(1 - a[k]);
            }
        }
        return C;
    }

    /**
     * The gradients of the loss C of one example (x, y), by backpropagation:
     * <pre>
     *   a⁰ … aᴸ = net.activations(x)
     *   δᴸ = aᴸ − y
     *   for l = L … 1:   ∂C/∂Wˡ[j][i] = δˡ[j]·aˡ⁻¹[i],   ∂C/∂bˡ[j] = δˡ[j]
     *                    δˡ⁻¹[i] = (Σⱼ Wˡ[j][i]·δˡ[j]) · aˡ⁻¹[i](1 − aˡ⁻¹[i])    (if l > 1)
     * </pre>
     * Shapes: δˡ and bˡ have size(l) entries, Wˡ and ∂C/∂Wˡ are size(l) × size(l − 1).
     *
     * @param net the network
     * @param x   the input, length net.inputSize()
     * @param y   the label, length net.outputSize()
     * @return ∂C/∂W and ∂C/∂b of every layer, in layer order
     * @throws IllegalArgumentException if x or y has the wrong length
     */
    public static Gradients gradients(Network net, double[] x, double[] y) {
        // requireExample(net, x, y) checks the lengths. Take a = net.activations(x) (a.get(l) is aˡ,
        // layer l is net.layers().get(l - 1)) and start from δ = aᴸ − y. Then go from l = L down
        // to 1: fill ∂C/∂Wˡ and ∂C/∂bˡ from δ and the layer's input a.get(l - 1), and, while l > 1,
        // compute the δ of the layer before with Wˡ (call weights() once per layer: it copies).
        // Return new Gradients(the ∂C/∂W in layer order, the ∂C/∂b in layer order).
        throw new UnsupportedOperationException(
                "TODO 3.5: backpropagate δ from the last layer to the first and return ∂C/∂W and ∂C/∂b");
    }

    private static void requireExample(Network net, double[] x, double[] y) {
        if (x.length != net.inputSize() || y.length != net.outputSize()) {
            throw new IllegalArgumentException("x has " + x.length + " entries and y has " + y.length
                    + " but the network takes " + net.inputSize() + " inputs and gives " + net.outputSize()
                    + " outputs");
        }
    }
}
