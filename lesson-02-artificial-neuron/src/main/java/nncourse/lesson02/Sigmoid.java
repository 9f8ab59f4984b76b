package nncourse.lesson02;

/**
 * The sigmoid function (시그모이드 함수) σ, given finished: lesson 01 builds it. It squeezes
 * any real number into the interval (0, 1), so that a neuron's output can be read as a
 * probability.
 */
public final class Sigmoid {

    private Sigmoid() {
    }

    /**
     * Returns the sigmoid of z:
     * <blockquote>σ(z) = 1 / (1 + e^−z)</blockquote>
     * σ(0) = 0.5 exactly, σ(+∞) = 1, σ(−∞) = 0 and
     * σ(−z) = 1 − σ(z). For huge |z| the result is
     * 1 or 0, never NaN.
     *
     * @param z any real number, e.g. the weighted sum z = w·x + b of a neuron
     * @return σ(z), between 0 and 1
     */
    public static double sigmoid(double z) {
        // For z ≪ 0, e^−z overflows to +∞ and 1 / ∞ = 0, the right limit.
        return 1 / (1 + Math.exp(-z));
    }
}
