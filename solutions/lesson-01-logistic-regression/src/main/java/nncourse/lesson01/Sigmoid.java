package nncourse.lesson01;

/**
 * The sigmoid function (시그모이드 함수) σ, the S-shaped curve of logistic regression. It
 * squeezes any real number into the interval (0, 1), so that its value can be read as a
 * probability.
 */
public final class Sigmoid {

    private Sigmoid() {
    }

    /**
     * Returns the sigmoid of z:
     * <blockquote>σ(z) = 1 / (1 + e^−z)</blockquote>
     * σ(0) = 0.5 exactly, σ(+∞) = 1, σ(−∞) = 0, σ(NaN) =
     * NaN, and σ(−z) = 1 − σ(z). For huge |z| the
     * result is 1 or 0 (never NaN): σ(−800) = 0.
     *
     * @param z any real number, e.g. z = θᵀx
     * @return σ(z), between 0 and 1
     */
    public static double sigmoid(double z) {
        // For z ≪ 0, e^−z overflows to +∞ and 1 / ∞ = 0, the right limit. The other textbook
        // form, e^z / (1 + e^z), would give ∞ / ∞ = NaN for z ≫ 0.
        return 1 / (1 + Math.exp(-z));
    }

    /**
     * Returns the derivative (미분) of the sigmoid at z:
     * <blockquote>σ′(z) = σ(z)(1 − σ(z))</blockquote>
     * It is largest at z = 0, where σ′(0) = 0.25, and goes to 0 for huge |z|.
     *
     * @param z any real number
     * @return σ′(z), between 0 and 0.25
     */
    public static double derivative(double z) {
        double sigma = sigmoid(z);
        return sigma * (1 - sigma);
    }
}
