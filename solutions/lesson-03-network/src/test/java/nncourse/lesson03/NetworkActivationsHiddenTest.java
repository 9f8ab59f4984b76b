package nncourse.lesson03;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import nncourse.learner.Exercise;
import nncourse.learner.TestTexts;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Exercise("3.3")
@DisplayNameGeneration(TestTexts.Names.class)
class NetworkActivationsHiddenTest {

    private static final TestTexts texts = TestTexts.of(NetworkActivationsHiddenTest.class);

    private static final double TOLERANCE = 1e-9;
    private static final int[][] SHAPES = {{1, 1}, {3, 1}, {2, 3, 1}, {4, 2, 5}, {3, 4, 4, 2}, {5, 2, 6, 3, 2}};

    @Test
    @Tag("formula")
    void lengths() {
        Random rng = new Random(331);
        for (int[] shape : SHAPES) {
            Network net = HiddenReference.randomNetwork(rng, 1, shape);
            List<double[]> a = net.activations(HiddenReference.randomInput(rng, shape[0]));
            assertEquals(shape.length, a.size(), texts.say("networkLayersActivations", (shape.length - 1),
                    shape.length));
            for (int l = 0; l < shape.length; l++) {
                assertEquals(shape[l], a.get(l).length, texts.say("entries", l, shape[l]));
            }
        }
    }

    @Test
    @Tag("formula")
    void matchesTheFormula() {
        Random rng = new Random(332);
        for (int[] shape : SHAPES) {
            Network net = HiddenReference.randomNetwork(rng, 2, shape);
            double[] x = HiddenReference.randomInput(rng, shape[0]);
            List<double[]> expected = HiddenReference.activations(net, x);
            List<double[]> a = net.activations(x);
            assertEquals(expected.size(), a.size(), texts.say("arrayPerLayer"));
            for (int l = 0; l < expected.size(); l++) {
                assertArrayEquals(expected.get(l), a.get(l), TOLERANCE, texts.say("networkShape", l,
                        Arrays.toString(shape)));
            }
        }
    }

    @Test
    @Tag("unmodified")
    void givesCopies() {
        Random rng = new Random(333);
        Network net = HiddenReference.randomNetwork(rng, 1, 3, 4, 2);
        double[] x = HiddenReference.randomInput(rng, 3);
        double[] xBefore = x.clone();
        List<double[]> first = net.activations(x);
        List<double[]> expected = HiddenReference.activations(net, x);
        for (double[] a : first) {
            Arrays.fill(a, 99);
        }
        assertArrayEquals(xBefore, x, texts.say("copyItself"));
        List<double[]> second = net.activations(x);
        for (int l = 0; l < expected.size(); l++) {
            assertArrayEquals(expected.get(l), second.get(l), TOLERANCE,
                    texts.say("callNewArrays"));
        }
    }

    @Test
    @Tag("bad-input")
    void rejectsWrongLength() {
        Network net = HiddenReference.randomNetwork(new Random(334), 1, 3, 2, 1);
        assertThrows(IllegalArgumentException.class, () -> net.activations(new double[2]),
                texts.say("inputsExpectedGiven"));
        assertThrows(IllegalArgumentException.class, () -> net.activations(new double[5]),
                texts.say("inputsExpectedGiven2"));
    }
}
