package nncourse.lesson02;

/**
 * The sigmoid function (시그모이드 함수) &sigma;, given finished: lesson 01 builds it. It squeezes
 * any real number into the interval (0, 1), so that a neuron's output can be read as a
 * probability.
 */
public final class Sigmoid {

    private Sigmoid() {
    }

    /**
     * Returns the sigmoid of z:
     * <blockquote>&sigma;(<em>z</em>) = 1 / (1 + <em>e</em><sup>&minus;<em>z</em></sup>)</blockquote>
     * &sigma;(0) = 0.5 exactly, &sigma;(+&infin;) = 1, &sigma;(&minus;&infin;) = 0 and
     * &sigma;(&minus;<em>z</em>) = 1 &minus; &sigma;(<em>z</em>). For huge |<em>z</em>| the result is
     * 1 or 0, never NaN.
     *
     * @param z any real number, e.g. the weighted sum z = w&middot;x + b of a neuron
     * @return &sigma;(z), between 0 and 1
     */
    public static double sigmoid(double z) {
        // For z ≪ 0, e^−z overflows to +∞ and 1 / ∞ = 0, the right limit.
        return 1 / (1 + Math.exp(-z));
    }
}
