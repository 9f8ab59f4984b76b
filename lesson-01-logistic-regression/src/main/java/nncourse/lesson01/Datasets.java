package nncourse.lesson01;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The two data sets of the lesson, read from the CSV files beside this class (copied from
 * scikit-learn's {@code sklearn/datasets/data/}; the {@code .rst} files beside them credit the
 * creators: R.A. Fisher for the iris, W.H. Wolberg, W.N. Street and O.L. Mangasarian for the
 * breast cancer data, both from the UCI Machine Learning Repository).
 */
public final class Datasets {

    private static final String[] CELL_FEATURES = {
        "radius", "texture", "perimeter", "area", "smoothness", "compactness", "concavity",
        "concave points", "symmetry", "fractal dimension"};

    private Datasets() {
    }

    /**
     * Iris (붓꽃) flowers, setosa (y = 0) against versicolor (y = 1), told apart by one feature:
     * the petal length in cm. 100 rows (50 of each), 1 feature; the two classes do not overlap.
     */
    public static Dataset irisPetalLength() {
        List<double[]> x = new ArrayList<>();
        List<Integer> y = new ArrayList<>();
        for (CSVRecord row : read("iris.csv")) {
            int species = Integer.parseInt(row.get(4)); // 0 setosa, 1 versicolor, 2 virginica
            if (species <= 1) {
                x.add(new double[] {Double.parseDouble(row.get(2))});
                y.add(species);
            }
        }
        return new Dataset(x.toArray(double[][]::new), toArray(y), new String[] {"petal length (cm)"});
    }

    /**
     * Breast cancer Wisconsin (diagnostic): 569 tumours, malignant (y = 1) or benign (y = 0), each
     * described by 30 features of its cell nuclei (mean, error and worst of 10 measurements).
     * Every feature is standardized (표준화) to mean 0 and variance 1, so that one learning rate
     * suits them all.
     */
    public static Dataset breastCancer() {
        List<CSVRecord> rows = read("breast_cancer.csv");
        int m = rows.size();
        int n = 3 * CELL_FEATURES.length;
        double[][] x = new double[m][n];
        int[] y = new int[m];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                x[i][j] = Double.parseDouble(rows.get(i).get(j));
            }
            y[i] = 1 - Integer.parseInt(rows.get(i).get(n)); // the file says 0 = malignant
        }
        return new Dataset(standardize(x), y, breastCancerFeatureNames());
    }

    /** Rescales every column to mean 0 and (population) standard deviation 1. */
    private static double[][] standardize(double[][] x) {
        int m = x.length;
        double[][] scaled = new double[m][x[0].length];
        for (int j = 0; j < x[0].length; j++) {
            double mean = 0;
            for (double[] row : x) {
                mean += row[j] / m;
            }
            double variance = 0;
            for (double[] row : x) {
                variance += (row[j] - mean) * (row[j] - mean) / m;
            }
            double sd = Math.sqrt(variance);
            for (int i = 0; i < m; i++) {
                scaled[i][j] = (x[i][j] - mean) / sd;
            }
        }
        return scaled;
    }

    private static String[] breastCancerFeatureNames() {
        List<String> names = new ArrayList<>();
        for (String feature : CELL_FEATURES) {
            names.add("mean " + feature);
        }
        for (String feature : CELL_FEATURES) {
            names.add(feature + " error");
        }
        for (String feature : CELL_FEATURES) {
            names.add("worst " + feature);
        }
        return names.toArray(String[]::new);
    }

    /** Reads a CSV resource of this package, without its first line (a summary, not data). */
    private static List<CSVRecord> read(String name) {
        try (InputStream in = Datasets.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("resource " + name + " is missing next to "
                        + Datasets.class.getName());
            }
            Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
            List<CSVRecord> records = CSVFormat.DEFAULT.parse(reader).getRecords();
            return records.subList(1, records.size());
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + name, e);
        }
    }

    private static int[] toArray(List<Integer> y) {
        return y.stream().mapToInt(Integer::intValue).toArray();
    }
}
