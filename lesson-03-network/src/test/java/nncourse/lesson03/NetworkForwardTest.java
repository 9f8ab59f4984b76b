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

@Exercise("3.2")
@DisplayNameGeneration(TestTexts.Names.class)
class NetworkForwardTest {

    private static final TestTexts texts = TestTexts.of(NetworkForwardTest.class);

    private static final double TOLERANCE = 1e-9;

    @Test
    @Tag("formula")
    void oneLayer() {
        Network net = new Network(List.of(new Layer(new double[][] {{1, -1}, {2, 0.5}}, new double[] {0, -1})));
        double[] a = net.forward(new double[] {3, 1});
        assertArrayEquals(new double[] {sigmoid(3 - 1), sigmoid(6 + 0.5 - 1)}, a, TOLERANCE,
                texts.say("layerOutput"));
    }

    @Test
    @Tag("formula")
    void layerByLayer() {
        Layer first = new Layer(new double[][] {{1, -1}, {0.5, 2}}, new double[] {0, -1});
        Layer second = new Layer(new double[][] {{2, -3}}, new double[] {0.5});
        Network net = new Network(List.of(first, second));

        double[] a = net.forward(new double[] {1, 2});

        double a1First = sigmoid(1 * 1 + -1 * 2 + 0);     // z = −1
        double a1Second = sigmoid(0.5 * 1 + 2 * 2 - 1);   // z = 3.5
        double expected = sigmoid(2 * a1First - 3 * a1Second + 0.5);
        assertEquals(1, a.length, texts.say("lastLayerNeuron"));
        assertEquals(expected, a[0], TOLERANCE,
                texts.say("secondLayerTakes"));
    }

    @Test
    @Tag("formula")
    void outputSize() {
        Network net = new Network(List.of(
                new Layer(new double[][] {{1, 1}, {1, 1}, {1, 1}}, new double[3]),
                new Layer(new double[][] {{1, 0, 0}, {0, 1, 0}}, new double[2])));
        assertEquals(2, net.forward(new double[] {0.5, 0.5}).length,
                texts.say("networkOutputsThose"));
    }

    @Test
    @Tag("unmodified")
    void leavesXUnchanged() {
        Network net = new Network(List.of(new Layer(new double[][] {{1, 2}}, new double[] {3})));
        double[] x = {0.25, 0.75};
        net.forward(x);
        assertArrayEquals(new double[] {0.25, 0.75}, x, texts.say("forwardWrite"));
    }

    @Test
    @Tag("bad-input")
    void rejectsWrongLength() {
        Network net = new Network(List.of(new Layer(new double[][] {{1, 2, 3}}, new double[] {0})));
        assertThrows(IllegalArgumentException.class, () -> net.forward(new double[] {1, 2}),
                texts.say("firstLayerTakes"));
    }
}
