package nncourse.lesson02;

import static nncourse.lesson02.Sigmoid.sigmoid;

import java.util.Arrays;

/**
 * An artificial neuron (인공 뉴런): the logistic-regression model (로지스틱 회귀 모델) used as a
 * neuron. Like a biological neuron it takes inputs, sums them up, and passes on an activation,
 * here a number between 0 and 1:
 * <blockquote>h_w(x) = σ(w₁x₁ + w₂x₂ + … + wₙxₙ + b) = σ(w·x + b)</blockquote>
 * The weights (가중치) w are the θ₁ … θₙ
 * of logistic regression, and the bias (편향) b is its θ₀, the parameter
 * that is always multiplied by 1.
 *
 * <p>A neuron is immutable: the constructor copies the weights and {@link #weights()} returns a
 * copy, so learning makes a new neuron instead of changing this one.
 */
public final class Neuron {

    private final double[] w;
    private final double b;

    /**
     * Makes a neuron with the given weights and bias (given).
     *
     * @param weights w, one weight per input, copied
     * @param bias    b
     * @throws IllegalArgumentException if there are no weights, or a weight or the bias is NaN or
     *                                  infinite
     */
    public Neuron(double[] weights, double bias) {
        if (weights.length == 0) {
            throw new IllegalArgumentException("weights is empty: a neuron needs at least one input");
        }
        for (int i = 0; i < weights.length; i++) {
            if (!Double.isFinite(weights[i])) {
                throw new IllegalArgumentException("weights[" + i + "] is " + weights[i]
                        + " (of " + weights.length + " weights) but every weight must be finite");
            }
        }
        if (!Double.isFinite(bias)) {
            throw new IllegalArgumentException("bias is " + bias + " but must be finite");
        }
        this.w = weights.clone();
        this.b = bias;
    }

    /** Returns a copy of the weights w, one per input (given). */
    public double[] weights() {
        return w.clone();
    }

    /** Returns the bias b (given). */
    public double bias() {
        return b;
    }

    /** Returns n, the number of inputs: the length of w and of every x (given). */
    public int inputSize() {
        return w.length;
    }

    /**
     * Returns the weighted sum (가중합) of the inputs plus the bias:
     * <blockquote>z = w₁x₁ + … + wₙxₙ + b = w·x + b</blockquote>
     *
     * @param x the inputs, {@link #inputSize()} of them
     * @return z
     * @throws IllegalArgumentException if {@code x.length != inputSize()}
     */
    public double weightedSum(double[] x) {
        // Check x with requireInputSize(x). Then add up w[i] * x[i] over every input i, and add
        // the bias b once, after the loop.
        throw new UnsupportedOperationException("TODO 2.1: compute z = w·x + b");
    }

    /**
     * Returns the neuron's output, its activation (활성화):
     * <blockquote>a = h_w(x) = σ(z) = σ(w·x + b)</blockquote>
     *
     * @param x the inputs, {@link #inputSize()} of them
     * @return a, between 0 and 1
     * @throws IllegalArgumentException if {@code x.length != inputSize()}
     */
    public double output(double[] x) {
        // Compute z with weightedSum(x), then return sigmoid(z).
        throw new UnsupportedOperationException("TODO 2.2: compute a = σ(z)");
    }

    @Override
    public String toString() {
        return "Neuron[w = " + Arrays.toString(w) + ", b = " + b + "]";
    }

    /**
     * Checks that x has one entry per weight (given).
     *
     * @throws IllegalArgumentException if {@code x.length != inputSize()}
     */
    private void requireInputSize(double[] x) {
        if (x.length != w.length) {
            throw new IllegalArgumentException("x has " + x.length + " entries but this neuron has "
                    + w.length + " weights (inputSize() = " + w.length + ")");
        }
    }
}
