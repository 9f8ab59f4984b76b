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
        // First requireTheta(theta, x.length) (given, at the bottom). Then add up
        // z = θ₀ + θ₁x₁ + … + θₙxₙ, where theta[0] is θ₀ and x[j − 1] is xⱼ, and return
        // Sigmoid.sigmoid(z). cost (1.5) needs the same z: a private helper can serve both.
        throw new UnsupportedOperationException("TODO 1.3: compute z = θ₀ + θ₁x₁ + … + θₙxₙ and return σ(z)");
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
        // Return 1 when hypothesis(theta, x) is 0.5 or more, else 0.
        throw new UnsupportedOperationException("TODO 1.4: return 1 if h ≥ 0.5, else 0");
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
        // First int n = Dataset.requireShapes(x, y) and requireTheta(theta, n) (both given).
        // For every example i take its z = θ₀ + θ₁x₁ + … + θₙxₙ and add log(1 + e^z) − y·z;
        // return the sum divided by m. Do not take log h or log(1 − h): once h rounds to 0 or 1
        // that is log 0 = −∞. And e^z overflows for z > 709, so compute log(1 + e^z) as
        // max(z, 0) + Math.log1p(Math.exp(−|z|)).
        throw new UnsupportedOperationException(
                "TODO 1.5: return J(θ) = (1/m) Σ [log(1 + e^z) − y·z], computed stably");
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
        // First int n = Dataset.requireShapes(x, y) and requireTheta(theta, n) (both given).
        // Make a new double[n + 1]. For every example i, with error = h − y: add error to
        // entry 0 (the bias, x₀ = 1) and error · x[i][j − 1] to entry j. Divide every entry by m.
        throw new UnsupportedOperationException("TODO 1.6: return ∂J/∂θⱼ = (1/m) Σ (h − y)·xⱼ with x₀ = 1");
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
        // First int n = Dataset.requireShapes(x, y) (given); throw an IllegalArgumentException
        // that says what was passed when learningRate ≤ 0 or iterations < 0. Start with
        // theta = new double[n + 1] (all 0) and costHistory[0] = cost(theta, x, y). Then, for
        // k = 1 … iterations: take one step θ ← θ − α∇J(θ) with gradient(theta, x, y) and
        // record costHistory[k] = cost(theta, x, y). Return new Fit(theta, costHistory).
        throw new UnsupportedOperationException("TODO 1.7: run gradient descent from θ = 0 and record the cost");
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
        // First int n = Dataset.requireShapes(x, y) and requireTheta(theta, n) (both given).
        // Count the examples i where predict(theta, x[i]) == y[i] and divide by m — as doubles:
        // in Java, the int division 3 / 4 is 0.
        throw new UnsupportedOperationException("TODO 1.8: return the fraction of examples predicted right");
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
