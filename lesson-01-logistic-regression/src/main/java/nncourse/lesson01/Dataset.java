package nncourse.lesson01;

import java.util.Arrays;

/**
 * A data set (데이터 세트) for binary classification: <em>m</em> examples of <em>n</em> features
 * (특성) each, every example labelled (레이블) 0 or 1.
 *
 * <p>The record is immutable: the constructor copies its arguments and every accessor returns a
 * copy, so changing an array you got from it never changes the data set.
 *
 * @param x            <em>m</em> &times; <em>n</em>: row <em>i</em> is example <em>i</em>, and
 *                     {@code x[i][j - 1]} is its feature <em>x</em><sub><em>j</em></sub>
 * @param y            <em>m</em> labels, each 0 or 1
 * @param featureNames <em>n</em> names, {@code featureNames[j - 1]} names feature
 *                     <em>x</em><sub><em>j</em></sub>
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

    /** Returns a copy of the examples, <em>m</em> &times; <em>n</em>. */
    @Override
    public double[][] x() {
        return copy(x);
    }

    /** Returns a copy of the labels, <em>m</em> of them, each 0 or 1. */
    @Override
    public int[] y() {
        return y.clone();
    }

    /** Returns a copy of the feature names, <em>n</em> of them. */
    @Override
    public String[] featureNames() {
        return featureNames.clone();
    }

    /** Returns <em>m</em>, the number of examples. */
    public int m() {
        return x.length;
    }

    /** Returns <em>n</em>, the number of features. */
    public int n() {
        return featureNames.length;
    }

    @Override
    public String toString() {
        return "Dataset[m = " + m() + ", n = " + n() + ", features = " + Arrays.toString(featureNames)
                + "]";
    }

    /**
     * Checks that examples {@code x} and labels {@code y} make a data set, and returns <em>n</em>,
     * the number of features: x must have at least one row, all rows of the same length, and y
     * one label per row, each 0 or 1.
     *
     * @param x <em>m</em> &times; <em>n</em> examples
     * @param y <em>m</em> labels
     * @return <em>n</em>, the length of every row of x
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
