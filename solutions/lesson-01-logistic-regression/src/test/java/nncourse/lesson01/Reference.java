package nncourse.lesson01;

import java.util.Random;

/**
 * The formulas of the lesson written out once more, independently of the code under test, and
 * seeded random data to check that code against them. Not a test: the hidden tests use it.
 */
final class Reference {

    /** Absolute tolerance for values of order 1; use {@link #tolerance} for larger ones. */
    static final double TOLERANCE = 1e-9;

    private Reference() {
    }

    /** 1e-9, relative for |expected| &gt; 1. */
    static double tolerance(double expected) {
        return TOLERANCE * Math.max(1, Math.abs(expected));
    }

    static double sigmoid(double z) {
        return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
    }

    static double z(double[] theta, double[] x) {
        double z = theta[0];
        for (int j = 0; j < x.length; j++) {
            z += theta[j + 1] * x[j];
        }
        return z;
    }

    /** J(θ) = (1/m) Σ softplus(z) − y·z, with softplus(z) = log(1 + e^z). */
    static double cost(double[] theta, double[][] x, int[] y) {
        double sum = 0;
        for (int i = 0; i < x.length; i++) {
            double z = z(theta, x[i]);
            double softplus = z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z));
            sum += softplus - y[i] * z;
        }
        return sum / x.length;
    }

    static double[] gradient(double[] theta, double[][] x, int[] y) {
        double[] gradient = new double[theta.length];
        for (int j = 0; j < theta.length; j++) {
            for (int i = 0; i < x.length; i++) {
                double xj = j == 0 ? 1 : x[i][j - 1];
                gradient[j] += (sigmoid(z(theta, x[i])) - y[i]) * xj / x.length;
            }
        }
        return gradient;
    }

    /** Gradient descent from θ = 0, the way fit is specified. */
    static double[] descend(double[][] x, int[] y, double learningRate, int iterations) {
        double[] theta = new double[x[0].length + 1];
        for (int k = 0; k < iterations; k++) {
            double[] gradient = gradient(theta, x, y);
            for (int j = 0; j < theta.length; j++) {
                theta[j] -= learningRate * gradient[j];
            }
        }
        return theta;
    }

    /** The fraction of rows where (θᵀx ≥ 0 ? 1 : 0) = y; θᵀx ≥ 0 is h ≥ 0.5. */
    static double accuracy(double[] theta, double[][] x, int[] y) {
        int correct = 0;
        for (int i = 0; i < x.length; i++) {
            if ((z(theta, x[i]) >= 0 ? 1 : 0) == y[i]) {
                correct++;
            }
        }
        return (double) correct / x.length;
    }

    static double[] randomVector(Random rng, int length, double scale) {
        double[] v = new double[length];
        for (int j = 0; j < length; j++) {
            v[j] = scale * rng.nextGaussian();
        }
        return v;
    }

    static double[][] randomMatrix(Random rng, int m, int n, double scale) {
        double[][] x = new double[m][];
        for (int i = 0; i < m; i++) {
            x[i] = randomVector(rng, n, scale);
        }
        return x;
    }

    static int[] randomLabels(Random rng, int m) {
        int[] y = new int[m];
        for (int i = 0; i < m; i++) {
            y[i] = rng.nextInt(2);
        }
        return y;
    }

    static double[][] deepCopy(double[][] x) {
        double[][] copy = new double[x.length][];
        for (int i = 0; i < x.length; i++) {
            copy[i] = x[i].clone();
        }
        return copy;
    }

    /** The rows of x twice over: the same mean, twice the sum. */
    static double[][] twice(double[][] x) {
        double[][] twice = new double[2 * x.length][];
        for (int i = 0; i < twice.length; i++) {
            twice[i] = x[i % x.length].clone();
        }
        return twice;
    }

    static int[] twice(int[] y) {
        int[] twice = new int[2 * y.length];
        for (int i = 0; i < twice.length; i++) {
            twice[i] = y[i % y.length];
        }
        return twice;
    }
}
