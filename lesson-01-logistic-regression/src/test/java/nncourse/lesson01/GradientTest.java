package nncourse.lesson01;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import nncourse.learner.Exercise;
import nncourse.learner.TestTexts;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Exercise("1.6")
@DisplayNameGeneration(TestTexts.Names.class)
class GradientTest {

    private static final TestTexts texts = TestTexts.of(GradientTest.class);

    private static final double TOLERANCE = 1e-9;

    @Test
    @Tag("formula")
    void atZeroTheta() {
        double[][] x = {{1}, {2}, {3}};
        int[] y = {0, 1, 1};
        double[] gradient = LogisticRegression.gradient(new double[] {0, 0}, x, y);
        double[] expected = {-1.0 / 6, -2.0 / 3};
        assertArrayEquals(expected, gradient, TOLERANCE,
                () -> texts.say("everywhereErrors", Arrays.toString(gradient),
                        mistakeIn(gradient, expected, 3)));
    }

    @Test
    @Tag("formula")
    void atAHandSetTheta() {
        double[][] x = {{1}, {2}};
        int[] y = {0, 1};
        double[] gradient = LogisticRegression.gradient(new double[] {0.5, -1}, x, y);
        double[] expected = {-0.22001690369774912, -0.6288041417945709};
        assertArrayEquals(expected, gradient, TOLERANCE,
                () -> texts.say("errorsExpectedError", Arrays.toString(expected), Arrays.toString(gradient)));
    }

    @Test
    @Tag("edge")
    void isFiniteWhenSaturated() {
        double[] gradient = LogisticRegression.gradient(new double[] {0, 800}, new double[][] {{1}}, new int[] {0});
        assertArrayEquals(new double[] {1, 1}, gradient, TOLERANCE,
                () -> texts.say("doubleError", Arrays.toString(gradient)));
    }

    @Test
    @Tag("data")
    void onIris() {
        Dataset iris = Datasets.irisPetalLength();
        double[] gradient = LogisticRegression.gradient(new double[] {-6, 2.4}, iris.x(), iris.y());
        double[] expected = {0.027152646677210058, 0.012063145122800038};
        assertArrayEquals(expected, gradient, TOLERANCE,
                () -> texts.say("overFlowers", Arrays.toString(expected), Arrays.toString(gradient)));
    }

    @Test
    @Tag("bad-input")
    void rejectsBadData() {
        double[] theta = {0, 0};
        assertAll(
                () -> assertThrows(IllegalArgumentException.class,
                        () -> LogisticRegression.gradient(theta, new double[][] {{1}, {2}}, new int[] {0, 1, 1}),
                        texts.say("rowsLabelsCall")),
                () -> assertThrows(IllegalArgumentException.class,
                        () -> LogisticRegression.gradient(theta, new double[][] {{1}, {2}}, new int[] {1, 3}),
                        texts.say("label")));
    }

    @Test
    @Tag("unmodified")
    void leavesItsArgumentsUnchanged() {
        double[] theta = {0.5, -1};
        double[][] x = {{1}, {2}};
        int[] y = {0, 1};
        LogisticRegression.gradient(theta, x, y);
        assertArrayEquals(new double[] {0.5, -1}, theta, texts.say("goesNewArray"));
        assertArrayEquals(new double[][] {{1}, {2}}, x, texts.say("onlyReads"));
        assertArrayEquals(new int[] {0, 1}, y, texts.say("onlyReads2"));
    }

    /** What a wrong gradient of one feature on {@code m} examples most likely left out or got backwards. */
    private static String mistakeIn(double[] gradient, double[] expected, int m) {
        if (gradient.length != expected.length) {
            return texts.say("entryPerDivided");
        }
        if (close(gradient[0], expected[0] * m) && close(gradient[1], expected[1] * m)) {
            return texts.say("timesTooMuch", m);
        }
        if (close(gradient[0], -expected[0]) && close(gradient[1], -expected[1])) {
            return texts.say("entryWrongSign");
        }
        if (close(gradient[1], expected[1]) && gradient[0] == 0) {
            return texts.say("leftBiasOwn");
        }
        if (close(gradient[1], expected[1]) && close(gradient[0], gradient[1])) {
            return texts.say("cameOutBias");
        }
        return texts.say("entryPerDivided");
    }

    private static boolean close(double a, double b) {
        return Math.abs(a - b) < TOLERANCE;
    }
}
