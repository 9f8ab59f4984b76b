package nncourse.lesson02;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import nncourse.learner.Exercise;
import nncourse.learner.TestTexts;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Exercise("2.6")
@DisplayNameGeneration(TestTexts.Names.class)
class AccuracyTest {

    private static final TestTexts texts = TestTexts.of(AccuracyTest.class);

    private static final double TOLERANCE = 1e-9;

    @Test
    @Tag("data")
    void isOneWhenEveryRowIsRight() {
        Neuron and = new Neuron(new double[] {20, 20}, -30);
        double accuracy = NeuronTraining.accuracy(and, TruthTable.AND.x(), TruthTable.AND.y());
        assertEquals(1, accuracy, TOLERANCE, texts.say("computesRowsTruth", and));
    }

    @Test
    @Tag("formula")
    @Tag("data")
    void isThreeQuartersForOrOnXor() {
        Neuron or = new Neuron(new double[] {20, 20}, -10);
        double accuracy = NeuronTraining.accuracy(or, TruthTable.XOR.x(), TruthTable.XOR.y());
        assertEquals(0.75, accuracy, TOLERANCE, texts.say("xORAgreeRows"));
    }

    @Test
    @Tag("edge")
    void predictsOneOnTheBoundary() {
        Neuron zero = new Neuron(new double[] {0, 0}, 0);
        double[][] x = {{0, 0}, {1, 1}, {0, 1}};
        int[] y = {1, 1, 0};
        double accuracy = NeuronTraining.accuracy(zero, x, y);
        assertEquals(2.0 / 3, accuracy, TOLERANCE, texts.say("zeroWeightsRow"));
    }

    @Test
    @Tag("bad-input")
    void rejectsBadData() {
        Neuron n = new Neuron(new double[] {1, 1}, 0);
        assertAll(
                () -> assertThrows(IllegalArgumentException.class,
                        () -> NeuronTraining.accuracy(n, new double[0][], new int[0]),
                        texts.say("rowsFractionRight")),
                () -> assertThrows(IllegalArgumentException.class,
                        () -> NeuronTraining.accuracy(n, new double[][] {{0, 0}, {1, 1}}, new int[] {0}),
                        texts.say("rowsLabel")),
                () -> assertThrows(IllegalArgumentException.class,
                        () -> NeuronTraining.accuracy(n, new double[][] {{0, 0}, {1, 1}}, new int[] {0, 2}),
                        texts.say("labelCallRequireData")));
    }
}
