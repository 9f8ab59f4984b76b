package nncourse.lesson03;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPInputStream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Handwritten digits (손글씨 숫자): 1,797 images of 8 × 8 pixels, each a digit 0 … 9, from the
 * UCI Machine Learning Repository (E. Alpaydin, C. Kaynak, 1998; see digits.rst beside the data).
 * <pre>
 *   trainX  1437 × 64   pixels row by row, scaled from 0 … 16 to 0 … 1
 *   trainY  1437 × 10   one-hot labels: trainY[r][d] = 1 for the digit d of row r, else 0
 *   testX    360 × 64   testY  360 × 10    — rows the network never trains on
 * </pre>
 * The split is fixed: the rows are shuffled once with a fixed seed, the first 1,437 are the
 * training set and the other 360 the test set, the same on every machine. Immutable: the
 * accessors return copies.
 *
 * <p>Given, finished.
 *
 * @param trainX the training images
 * @param trainY their one-hot labels
 * @param testX  the test images
 * @param testY  their one-hot labels
 */
public record Digits(double[][] trainX, double[][] trainY, double[][] testX, double[][] testY) {

    /** Pixels per image, 8 × 8. */
    public static final int PIXELS = 64;
    /** Classes, the digits 0 … 9. */
    public static final int DIGITS = 10;
    /** Rows in the training set; the other 1797 − 1437 = 360 are the test set. */
    public static final int TRAIN_SIZE = 1437;

    private static final String RESOURCE = "digits.csv.gz";
    private static final long SPLIT_SEED = 20231121;

    /** Copies the arrays. */
    public Digits {
        trainX = copy(trainX);
        trainY = copy(trainY);
        testX = copy(testX);
        testY = copy(testY);
    }

    /**
     * Reads the data set from the resource {@code nncourse/lesson03/digits.csv.gz}: no header,
     * one image a line, 64 pixel values 0 … 16 and then the digit.
     *
     * @return the digits, split into training and test set
     * @throws UncheckedIOException if the resource is missing or cannot be read
     */
    public static Digits load() {
        List<double[]> images = new ArrayList<>();
        List<double[]> labels = new ArrayList<>();
        try (InputStream in = Digits.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IOException("resource " + RESOURCE + " not found beside " + Digits.class.getName());
            }
            try (Reader reader = new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8);
                 CSVParser parser = CSVFormat.DEFAULT.parse(reader)) {
                for (CSVRecord record : parser) {
                    double[] image = new double[PIXELS];
                    for (int p = 0; p < PIXELS; p++) {
                        image[p] = Double.parseDouble(record.get(p)) / 16;
                    }
                    double[] label = new double[DIGITS];
                    label[Integer.parseInt(record.get(PIXELS))] = 1;
                    images.add(image);
                    labels.add(label);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }

        List<Integer> rows = new ArrayList<>();
        for (int r = 0; r < images.size(); r++) {
            rows.add(r);
        }
        Collections.shuffle(rows, new Random(SPLIT_SEED));
        List<Integer> train = rows.subList(0, TRAIN_SIZE);
        List<Integer> test = rows.subList(TRAIN_SIZE, rows.size());
        return new Digits(pick(images, train), pick(labels, train), pick(images, test), pick(labels, test));
    }

    /** @return a copy of the training images, 1437 × 64 */
    @Override
    public double[][] trainX() {
        return copy(trainX);
    }

    /** @return a copy of the training labels, 1437 × 10, one-hot */
    @Override
    public double[][] trainY() {
        return copy(trainY);
    }

    /** @return a copy of the test images, 360 × 64 */
    @Override
    public double[][] testX() {
        return copy(testX);
    }

    /** @return a copy of the test labels, 360 × 10, one-hot */
    @Override
    public double[][] testY() {
        return copy(testY);
    }

    private static double[][] pick(List<double[]> rows, List<Integer> which) {
        double[][] picked = new double[which.size()][];
        for (int r = 0; r < picked.length; r++) {
            picked[r] = rows.get(which.get(r));
        }
        return picked;
    }

    private static double[][] copy(double[][] m) {
        double[][] c = new double[m.length][];
        for (int r = 0; r < m.length; r++) {
            c[r] = m[r].clone();
        }
        return c;
    }
}
