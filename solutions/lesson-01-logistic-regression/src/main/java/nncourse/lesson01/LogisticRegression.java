package nncourse.lesson01;

/**
 * Logistic regression (로지스틱 회귀): find the sigmoid curve that fits the training data best,
 * then use it to predict 0 or 1.
 *
 * <p>The parameters are θ = (θ₀, θ₁, …,
 * θₙ): θ₀ multiplies the constant
 * x₀ = 1 and is the bias (편향) b; θ₁ …
 * θₙ are the weights (가중치) of the n features. The notes add
 * x₀ = 1 to every example so that the hypothesis is σ(θᵀx);
 * here an example {@code x} holds only x₁ … xₙ,
 * so {@code theta.length == x.length + 1} and {@code x[j - 1]} is xⱼ.
 *
 * <p>A data set has m examples: {@code x} is m × n (one row per
 * example) and {@code y} holds m labels, each 0 or 1.
 */
public final class LogisticRegression {

    /**
     * The result of {@link #fit}: the learned parameters and the cost along the way.
     *
     * @param theta       θ, n + 1 entries
     * @param costHistory J(θ) after 0, 1, …, iterations steps (iterations + 1 entries)
     */
    public record Fit(double[] theta, double[] costHistory) {

        /** Copies the arrays. */
        public Fit {
            theta = theta.clone();
            costHistory = costHistory.clone();
        }

        /** Returns a copy of θ. */
        @Override
        public double[] theta() {
            return theta.clone();
        }

        /** Returns a copy of the cost history. */
        @Override
        public double[] costHistory() {
            return costHistory.clone();
        }
    }

    private LogisticRegression() {
    }

    /**
     * Returns the hypothesis (가설 함수) for one example, the estimated probability that its label is 1:
     * <blockquote>h_θ(x) = σ(θ₀·1 + θ₁x₁ + … + θₙxₙ) = σ(θᵀx)</blockquote>
     *
     * @param theta n + 1 parameters, theta[0] is the bias
     * @param x     one example, n features
     * @return h_θ(x), between 0 and 1
     * @throws IllegalArgumentException if {@code theta.length != x.length + 1}
     */
    public static double hypothesis(double[] theta, double[] x) {
        requireTheta(theta, x.length);
        double z = z(theta, x);
        return Sigmoid.sigmoid(z);
    }

    /**
     * Predicts (예측) the label of one example:
     * <blockquote>1 if h_θ(x) ≥ 0.5, else 0</blockquote>
     * The decision boundary (결정 경계) is where h = 0.5, that is where θᵀx = 0; an
     * example right on it is predicted 1.
     *
     * @param theta n + 1 parameters, theta[0] is the bias
     * @param x     one example, n features
     * @return 0 or 1
     * @throws IllegalArgumentException if {@code theta.length != x.length + 1}
     */
    public static int predict(double[] theta, double[] x) {
        return hypothesis(theta, x) >= 0.5 ? 1 : 0;
    }

    /**
     * Returns the cost (비용) of θ on a data set, the mean cross-entropy (교차 엔트로피):
     * <blockquote>J(θ) = −(1/m) Σᵢ [y log h + (1 − y) log(1 − h)] = (1/m) Σᵢ [log(1 + e^z) − yz]</blockquote>
     * with z = θᵀx and h = σ(z) for example
     * i. The two forms are equal because log h = −log(1 + e^−z)
     * and log(1 − h) = −z − log(1 + e^−z).
     * The result is finite even when h rounds to 0 or 1.
     *
     * @param theta n + 1 parameters
     * @param x     m × n examples
     * @param y     m labels, 0 or 1
     * @return J(θ) ≥ 0
     * @throws IllegalArgumentException if the shapes do not fit or a label is not 0 or 1
     */
    public static double cost(double[] theta, double[][] x, int[] y) {
        int n = Dataset.requireShapes(x, y);
        requireTheta(theta, n);
        int m = x.length;
        double sum = 0;
        for (int i = 0; i < m; i++) {
            double z = z(theta, x[i]);
            // log(1 + e^z) as max(z, 0) + log(1 + e^−|z|): e^−|z| ≤ 1 cannot overflow, and
            // no log h or log(1 − h) is taken, which would be log 0 = −∞ once h rounds to 0 or 1.
            sum += Math.max(z, 0) + Math.log1p(Math.exp(-Math.abs(z))) - y[i] * z;
        }
        return sum / m;
    }

    /**
     * Returns the gradient (기울기) of the cost, one partial derivative per parameter:
     * <blockquote>∂J/∂θⱼ = (1/m) Σᵢ (h_θ(x⁽ⁱ⁾) − y⁽ⁱ⁾) xⱼ⁽ⁱ⁾, with x₀ = 1</blockquote>
     *
     * @param theta n + 1 parameters
     * @param x     m × n examples
     * @param y     m labels, 0 or 1
     * @return ∇J(θ), n + 1 entries; entry 0 belongs to the bias
     * @throws IllegalArgumentException if the shapes do not fit or a label is not 0 or 1
     */
    public static double[] gradient(double[] theta, double[][] x, int[] y) {
        int n = Dataset.requireShapes(x, y);
        requireTheta(theta, n);
        int m = x.length;
        double[] gradient = new double[n + 1];
        for (int i = 0; i < m; i++) {
            double error = hypothesis(theta, x[i]) - y[i];
            gradient[0] += error;
            for (int j = 1; j <= n; j++) {
                gradient[j] += error * x[i][j - 1];
            }
        }
        for (int j = 0; j <= n; j++) {
            gradient[j] /= m;
        }
        return gradient;
    }

    /**
     * Learns θ by gradient descent (경사 하강법) with learning rate (학습률) α: start at
     * θ = 0 and repeat, exactly {@code iterations} times,
     * <blockquote>θ ← θ − α∇J(θ)</blockquote>
     * {@code costHistory[k]} is J after k steps, so {@code costHistory[0]} = J(0) = log 2 and the
     * history has iterations + 1 entries.
     *
     * @param x            m × n examples
     * @param y            m labels, 0 or 1
     * @param learningRate α &gt; 0
     * @param iterations   the number of steps, 0 or more
     * @return the learned θ (n + 1 entries) and the cost history
     * @throws IllegalArgumentException if the shapes do not fit, a label is not 0 or 1,
     *                                  learningRate ≤ 0 or iterations &lt; 0
     */
    public static Fit fit(double[][] x, int[] y, double learningRate, int iterations) {
        int n = Dataset.requireShapes(x, y);
        if (!(learningRate > 0)) { // written so that NaN is rejected too
            throw new IllegalArgumentException("learningRate is " + learningRate + " but must be positive");
        }
        if (iterations < 0) {
            throw new IllegalArgumentException("iterations is " + iterations + " but must be 0 or more");
        }
        double[] theta = new double[n + 1];
        double[] costHistory = new double[iterations + 1];
        costHistory[0] = cost(theta, x, y);
        for (int k = 1; k <= iterations; k++) {
            double[] gradient = gradient(theta, x, y);
            for (int j = 0; j <= n; j++) {
                theta[j] -= learningRate * gradient[j];
            }
            costHistory[k] = cost(theta, x, y);
        }
        return new Fit(theta, costHistory);
    }

    /**
     * Returns the accuracy (정확도) of θ on a data set: the fraction of examples whose
     * {@link #predict prediction} equals their label.
     *
     * @param theta n + 1 parameters
     * @param x     m × n examples
     * @param y     m labels, 0 or 1
     * @return a number from 0 (all wrong) to 1 (all right)
     * @throws IllegalArgumentException if the shapes do not fit or a label is not 0 or 1
     */
    public static double accuracy(double[] theta, double[][] x, int[] y) {
        int n = Dataset.requireShapes(x, y);
        requireTheta(theta, n);
        int correct = 0;
        for (int i = 0; i < x.length; i++) {
            if (predict(theta, x[i]) == y[i]) {
                correct++;
            }
        }
        return (double) correct / x.length;
    }

    /** Returns z = θᵀx = θ₀ + θ₁x₁ + … + θₙxₙ. */
    private static double z(double[] theta, double[] x) {
        double z = theta[0];
        for (int j = 1; j < theta.length; j++) {
            z += theta[j] * x[j - 1];
        }
        return z;
    }

    /**
     * Checks that θ has one entry per feature plus one for the bias (given).
     *
     * @throws IllegalArgumentException if {@code theta.length != n + 1}
     */
    private static void requireTheta(double[] theta, int n) {
        if (theta.length != n + 1) {
            throw new IllegalArgumentException("theta has " + theta.length + " entries but x has " + n
                    + (n == 1 ? " feature" : " features") + " (expected " + (n + 1) + " = " + n + " + 1)");
        }
    }
}
