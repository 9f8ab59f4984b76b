package nncourse.lesson02;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import nncourse.learner.Exercise;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Exercise("2.6")
@DisplayName("2.6 accuracy: the fraction of rows predicted right")
class AccuracyTest {

    private static final double TOLERANCE = 1e-9;

    @Test
    @DisplayName("is 1 when every row is right")
    @Tag("data")
    void isOneWhenEveryRowIsRight() {
        Neuron and = new Neuron(new double[] {20, 20}, -30);
        double accuracy = NeuronTraining.accuracy(and, TruthTable.AND.x(), TruthTable.AND.y());
        assertEquals(1, accuracy, TOLERANCE, and + " computes AND on all 4 rows of its truth table");
    }

    @Test
    @DisplayName("is 0.75 for an OR neuron on XOR")
    @Tag("formula")
    @Tag("data")
    void isThreeQuartersForOrOnXor() {
        Neuron or = new Neuron(new double[] {20, 20}, -10);
        double accuracy = NeuronTraining.accuracy(or, TruthTable.XOR.x(), TruthTable.XOR.y());
        assertEquals(0.75, accuracy, TOLERANCE, "OR and XOR agree on 3 of the 4 rows, all but (1, 1)."
                + " 0 would mean integer division: compute correct / m in double");
    }

    @Test
    @DisplayName("predicts 1 where a = 0.5")
    @Tag("edge")
    void predictsOneOnTheBoundary() {
        Neuron zero = new Neuron(new double[] {0, 0}, 0);
        double[][] x = {{0, 0}, {1, 1}, {0, 1}};
        int[] y = {1, 1, 0};
        double accuracy = NeuronTraining.accuracy(zero, x, y);
        assertEquals(2.0 / 3, accuracy, TOLERANCE, "zero weights give a = 0.5 on every row, and a ≥ 0.5 predicts 1:"
                + " right on the 2 rows labelled 1, wrong on the row labelled 0");
    }

    @Test
    @DisplayName("rejects empty data, x and y of different lengths and labels other than 0 or 1")
    @Tag("bad-input")
    void rejectsBadData() {
        Neuron n = new Neuron(new double[] {1, 1}, 0);
        assertAll(
                () -> assertThrows(IllegalArgumentException.class,
                        () -> NeuronTraining.accuracy(n, new double[0][], new int[0]),
                        "no rows: the fraction right of m = 0 rows is 0 / 0, undefined"),
                () -> assertThrows(IllegalArgumentException.class,
                        () -> NeuronTraining.accuracy(n, new double[][] {{0, 0}, {1, 1}}, new int[] {0}),
                        "2 rows but 1 label"),
                () -> assertThrows(IllegalArgumentException.class,
                        () -> NeuronTraining.accuracy(n, new double[][] {{0, 0}, {1, 1}}, new int[] {0, 2}),
                        "y[1] = 2 is not a label — call requireData(n, x, y) first"));
    }
}
