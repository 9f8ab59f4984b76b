package nncourse.lesson02;

/**
 * Training (학습) a neuron from examples instead of setting its weights by hand: gradient descent
 * (경사 하강법) on the cross-entropy loss (교차 엔트로피 손실), one row at a time.
 *
 * <p>A data set has m rows: {@code x} is m × n (one row of
 * n inputs per example, n = the neuron's {@link Neuron#inputSize()}) and
 * {@code y} holds m labels, each 0 or 1. No method changes its arguments.
 */
public final class NeuronTraining {

    /**
     * The result of {@link #train}: the trained neuron and the loss along the way.
     *
     * @param neuron      the neuron after the last epoch
     * @param lossHistory the mean cross-entropy after 0, 1, …, epochs epochs (epochs + 1 entries)
     */
    public record Training(Neuron neuron, double[] lossHistory) {

        /** Copies the loss history. */
        public Training {
            lossHistory = lossHistory.clone();
        }

        /** Returns a copy of the loss history. */
        @Override
        public double[] lossHistory() {
            return lossHistory.clone();
        }
    }

    private NeuronTraining() {
    }

    /**
     * Returns the neuron after one step of gradient descent on one example (x, y), with learning
     * rate (학습률) α:
     * <blockquote>a = σ(w·x + b)<br>
     *     wᵢ ← wᵢ − α(a − y)xᵢ for every i<br>
     *     b ← b − α(a − y)</blockquote>
     * (a − y)xᵢ and (a − y)
     * are the partial derivatives of the example's cross-entropy
     * −[y log a + (1 − y) log(1 − a)]
     * with respect to wᵢ and b. Each step moves the output
     * a little towards y.
     *
     * @param neuron       the neuron before the step; it is not changed
     * @param x            one example, {@code neuron.inputSize()} inputs
     * @param y            its label, 0 or 1
     * @param learningRate α &gt; 0
     * @return a new neuron with the updated weights and bias
     * @throws IllegalArgumentException if {@code x.length != neuron.inputSize()}, y is not 0 or 1, or
     *                                  learningRate is not a positive number
     */
    public static Neuron step(Neuron neuron, double[] x, int y, double learningRate) {
        requireLabel(y);
        requireLearningRate(learningRate);
        double a = neuron.output(x);
        double error = a - y;
        double[] w = neuron.weights();
        for (int i = 0; i < w.length; i++) {
            w[i] -= learningRate * error * x[i];
        }
        double b = neuron.bias() - learningRate * error;
        return new Neuron(w, b);
    }

    /**
     * Trains a neuron for a number of epochs (에포크). One epoch applies {@link #step} to every row
     * of the data, in order (row 0, 1, …, m − 1). The loss is the mean
     * cross-entropy over the rows,
     * <blockquote>L = −(1/m) Σᵢ [y log a + (1 − y) log(1 − a)] = (1/m) Σᵢ [log(1 + e^z) − yz]</blockquote>
     * with z and a = σ(z) of row i; it is recorded
     * before the first epoch and after each one, so {@code lossHistory[k]} is the loss after
     * k epochs and the history has epochs + 1 entries.
     *
     * @param initial      the neuron to start from; it is not changed
     * @param x            m × n examples
     * @param y            m labels, 0 or 1
     * @param learningRate α &gt; 0
     * @param epochs       the number of passes over the data, 0 or more
     * @return the trained neuron and the loss history
     * @throws IllegalArgumentException if the data is empty or its shapes do not fit the neuron, a
     *                                  label is not 0 or 1, learningRate is not a positive number,
     *                                  or epochs &lt; 0
     */
    public static Training train(Neuron initial, double[][] x, int[] y, double learningRate, int epochs) {
        requireData(initial, x, y);
        requireLearningRate(learningRate);
        requireEpochs(epochs);
        Neuron neuron = initial;
        double[] lossHistory = new double[epochs + 1];
        lossHistory[0] = loss(neuron, x, y);
        for (int epoch = 1; epoch <= epochs; epoch++) {
            for (int i = 0; i < x.length; i++) {
                neuron = step(neuron, x[i], y[i], learningRate);
            }
            lossHistory[epoch] = loss(neuron, x, y);
        }
        return new Training(neuron, lossHistory);
    }

    /**
     * Returns the accuracy (정확도) of a neuron on a data set: the fraction of rows whose
     * prediction (1 if a ≥ 0.5, else 0) equals their label. A row right on the
     * decision boundary (결정 경계), where a = 0.5, is predicted 1.
     *
     * @param neuron the neuron
     * @param x m × n examples
     * @param y m labels, 0 or 1
     * @return a number from 0 (all wrong) to 1 (all right)
     * @throws IllegalArgumentException if the data is empty or its shapes do not fit the neuron,
     *                                  or a label is not 0 or 1
     */
    public static double accuracy(Neuron neuron, double[][] x, int[] y) {
        requireData(neuron, x, y);
        int correct = 0;
        for (int i = 0; i < x.length; i++) {
            int prediction = neuron.output(x[i]) >= 0.5 ? 1 : 0;
            if (prediction == y[i]) {
                correct++;
            }
        }
        return (double) correct / x.length;
    }

    /** Returns the mean cross-entropy of the neuron over the rows of (x, y). */
    private static double loss(Neuron neuron, double[][] x, int[] y) {
        double sum = 0;
        for (int i = 0; i < x.length; i++) {
            sum += crossEntropy(neuron.weightedSum(x[i]), y[i]);
        }
        return sum / x.length;
    }

    /**
     * Returns the cross-entropy of one row from its weighted sum z and label y (given; lesson 01
     * derives it):
     * <blockquote>−[y log a + (1 − y) log(1 − a)] = log(1 + e^z) − yz, with a = σ(z)</blockquote>
     * The right-hand form stays finite when a rounds to 0 or 1, where log a or log(1 − a)
     * would be log 0 = −∞.
     */
    private static double crossEntropy(double z, int y) {
        // log(1 + e^z) as max(z, 0) + log(1 + e^−|z|): e^−|z| ≤ 1 cannot overflow.
        double log1PlusExpZ = Math.max(z, 0) + Math.log1p(Math.exp(-Math.abs(z)));
        return log1PlusExpZ - y * z;
    }

    /**
     * Checks that (x, y) is a data set for the neuron (given): at least one row, one label per row,
     * each label 0 or 1, and every row as long as the neuron has inputs.
     *
     * @throws IllegalArgumentException naming what is wrong and the sizes seen
     */
    private static void requireData(Neuron neuron, double[][] x, int[] y) {
        if (x.length == 0) {
            throw new IllegalArgumentException("x has no rows (m = 0): the data needs at least one example");
        }
        if (y.length != x.length) {
            throw new IllegalArgumentException("x has " + x.length + " rows but y has " + y.length + " labels");
        }
        for (int i = 0; i < x.length; i++) {
            if (x[i].length != neuron.inputSize()) {
                throw new IllegalArgumentException("x[" + i + "] has " + x[i].length
                        + " entries but the neuron has " + neuron.inputSize() + " inputs");
            }
            if (y[i] != 0 && y[i] != 1) {
                throw new IllegalArgumentException("y[" + i + "] is " + y[i] + " but a label must be 0 or 1");
            }
        }
    }

    /** Checks that y is a label, 0 or 1 (given). */
    private static void requireLabel(int y) {
        if (y != 0 && y != 1) {
            throw new IllegalArgumentException("y is " + y + " but a label must be 0 or 1");
        }
    }

    /** Checks that α is a positive, finite number (given). */
    private static void requireLearningRate(double learningRate) {
        if (!(learningRate > 0 && learningRate < Double.POSITIVE_INFINITY)) { // rejects NaN too
            throw new IllegalArgumentException("learningRate is " + learningRate + " but must be a positive number");
        }
    }

    /** Checks that the number of epochs is 0 or more (given). */
    private static void requireEpochs(int epochs) {
        if (epochs < 0) {
            throw new IllegalArgumentException("epochs is " + epochs + " but must be 0 or more");
        }
    }
}
