package nncourse.lesson01;

import java.util.Arrays;

/**
 * A data set (데이터 세트) for binary classification: m examples of n features
 * (특성) each, every example labelled (레이블) 0 or 1.
 *
 * <p>The record is immutable: the constructor copies its arguments and every accessor returns a
 * copy, so changing an array you got from it never changes the data set.
 *
 * @param x            m × n: row i is example i, and
 *                     {@code x[i][j - 1]} is its feature xⱼ
 * @param y            m labels, each 0 or 1
 * @param featureNames n names, {@code featureNames[j - 1]} names feature
 *                     xⱼ
 */
public record Dataset(double[][] x, int[] y, String[] featureNames) {

    /**
     * Checks the shapes and copies the arrays.
     *
     * @throws IllegalArgumentException if x is empty or ragged, y is not one 0/1 label per row of
     *                                  x, or featureNames does not name every column of x
     */
    public Dataset {
        int n = requireShapes(x, y);
        if (featureNames.length != n) {
            throw new IllegalArgumentException("featureNames has " + featureNames.length
                    + " names but x has " + n + " features");
        }
        x = copy(x);
        y = y.clone();
        featureNames = featureNames.clone();
    }

    /** Returns a copy of the examples, m × n. */
    @Override
    public double[][] x() {
        return copy(x);
    }

    /** Returns a copy of the labels, m of them, each 0 or 1. */
    @Override
    public int[] y() {
        return y.clone();
    }

    /** Returns a copy of the feature names, n of them. */
    @Override
    public String[] featureNames() {
        return featureNames.clone();
    }

    /** Returns m, the number of examples. */
    public int m() {
        return x.length;
    }

    /** Returns n, the number of features. */
    public int n() {
        return featureNames.length;
    }

    @Override
    public String toString() {
        return "Dataset[m = " + m() + ", n = " + n() + ", features = " + Arrays.toString(featureNames)
                + "]";
    }

    /**
     * Checks that examples {@code x} and labels {@code y} make a data set, and returns n,
     * the number of features: x must have at least one row, all rows of the same length, and y
     * one label per row, each 0 or 1.
     *
     * @param x m × n examples
     * @param y m labels
     * @return n, the length of every row of x
     * @throws IllegalArgumentException naming what is wrong and the sizes seen
     */
    public static int requireShapes(double[][] x, int[] y) {
        if (x.length == 0) {
            throw new IllegalArgumentException("x has no rows (m = 0): a data set needs at least one example");
        }
        if (y.length != x.length) {
            throw new IllegalArgumentException("x has " + x.length + " rows but y has " + y.length + " labels");
        }
        int n = x[0].length;
        for (int i = 0; i < x.length; i++) {
            if (x[i].length != n) {
                throw new IllegalArgumentException("x is ragged: row 0 has " + n
                        + " features but row " + i + " has " + x[i].length);
            }
            if (y[i] != 0 && y[i] != 1) {
                throw new IllegalArgumentException("y[" + i + "] is " + y[i] + " but a label must be 0 or 1");
            }
        }
        return n;
    }

    private static double[][] copy(double[][] x) {
        double[][] copy = new double[x.length][];
        for (int i = 0; i < x.length; i++) {
            copy[i] = x[i].clone();
        }
        return copy;
    }
}
