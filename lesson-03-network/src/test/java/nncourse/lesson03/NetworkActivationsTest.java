package nncourse.lesson03;

import static nncourse.lesson03.Sigmoid.sigmoid;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import nncourse.learner.Exercise;
import nncourse.learner.TestTexts;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Exercise("3.3")
@DisplayNameGeneration(TestTexts.Names.class)
class NetworkActivationsTest {

    private static final TestTexts texts = TestTexts.of(NetworkActivationsTest.class);

    private static final double TOLERANCE = 1e-9;

    // A 2-2-1 network: a⁰ = x has 2 entries, a¹ has 2, a² has 1.
    private final Network net = new Network(List.of(
            new Layer(new double[][] {{1, -1}, {0.5, 2}}, new double[] {0, -1}),
            new Layer(new double[][] {{2, -3}}, new double[] {0.5})));

    @Test
    @Tag("formula")
    void onePerLayerPlusInput() {
        List<double[]> a = net.activations(new double[] {1, 2});
        assertEquals(3, a.size(), texts.say("networkLayersActivations"));
        assertEquals(2, a.get(0).length, texts.say("entries"));
        assertEquals(2, a.get(1).length, texts.say("entryPerNeuron"));
        assertEquals(1, a.get(2).length, texts.say("entryPerNeuron2"));
    }

    @Test
    @Tag("formula")
    void everyLayersOutputs() {
        List<double[]> a = net.activations(new double[] {1, 2});
        double[] a1 = {sigmoid(1 - 2), sigmoid(0.5 + 4 - 1)};
        assertArrayEquals(new double[] {1, 2}, a.get(0), TOLERANCE, texts.say("input"));
        assertArrayEquals(a1, a.get(1), TOLERANCE, "a¹ = σ(W¹a⁰ + b¹)");
        assertArrayEquals(new double[] {sigmoid(2 * a1[0] - 3 * a1[1] + 0.5)}, a.get(2), TOLERANCE,
                "a² = σ(W²a¹ + b²)");
    }

    @Test
    @Tag("unmodified")
    void firstIsACopyOfX() {
        double[] x = {1, 2};
        List<double[]> a = net.activations(x);
        a.get(0)[0] = 99;
        assertArrayEquals(new double[] {1, 2}, x, texts.say("copyCloneItself"));
    }

    @Test
    @Tag("bad-input")
    void rejectsWrongLength() {
        assertThrows(IllegalArgumentException.class, () -> net.activations(new double[] {1, 2, 3}),
                texts.say("feedsFirstLayer"));
    }
}
