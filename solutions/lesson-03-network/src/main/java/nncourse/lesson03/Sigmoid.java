package nncourse.lesson03;

/**
 * The sigmoid function σ (시그모이드), the activation of every neuron in this lesson.
 *
 * <p>Given, finished: lesson 01 is where you write it.
 */
public final class Sigmoid {

    private Sigmoid() {
    }

    /**
     * σ(z) = 1 / (1 + e<sup>−z</sup>), always between 0 and 1. Its slope is
     * σ′(z) = σ(z)(1 − σ(z)): for a neuron's output a = σ(z), simply a(1 − a).
     *
     * @param z the weighted sum of a neuron
     * @return σ(z)
     */
    public static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }
}
