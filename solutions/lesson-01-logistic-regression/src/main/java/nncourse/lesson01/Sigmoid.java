package nncourse.lesson01;

/**
 * The sigmoid function (시그모이드 함수) &sigma;, the S-shaped curve of logistic regression. It
 * squeezes any real number into the interval (0, 1), so that its value can be read as a
 * probability.
 */
public final class Sigmoid {

    private Sigmoid() {
    }

    /**
     * Returns the sigmoid of z:
     * <blockquote>&sigma;(<em>z</em>) = 1 / (1 + <em>e</em><sup>&minus;<em>z</em></sup>)</blockquote>
     * &sigma;(0) = 0.5 exactly, &sigma;(+&infin;) = 1, &sigma;(&minus;&infin;) = 0, &sigma;(NaN) =
     * NaN, and &sigma;(&minus;<em>z</em>) = 1 &minus; &sigma;(<em>z</em>). For huge |<em>z</em>| the
     * result is 1 or 0 (never NaN): &sigma;(&minus;800) = 0.
     *
     * @param z any real number, e.g. z = &theta;<sup>T</sup>x
     * @return &sigma;(z), between 0 and 1
     */
    public static double sigmoid(double z) {
        // For z ≪ 0, e^−z overflows to +∞ and 1 / ∞ = 0, the right limit. The other textbook
        // form, e^z / (1 + e^z), would give ∞ / ∞ = NaN for z ≫ 0.
        return 1 / (1 + Math.exp(-z));
    }

    /**
     * Returns the derivative (미분) of the sigmoid at z:
     * <blockquote>&sigma;&prime;(<em>z</em>) = &sigma;(<em>z</em>)(1 &minus; &sigma;(<em>z</em>))</blockquote>
     * It is largest at z = 0, where &sigma;&prime;(0) = 0.25, and goes to 0 for huge |<em>z</em>|.
     *
     * @param z any real number
     * @return &sigma;&prime;(z), between 0 and 0.25
     */
    public static double derivative(double z) {
        double sigma = sigmoid(z);
        return sigma * (1 - sigma);
    }
}
