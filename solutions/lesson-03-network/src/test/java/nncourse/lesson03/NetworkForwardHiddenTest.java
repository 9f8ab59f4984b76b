package nncourse.lesson03;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import nncourse.learner.Exercise;
import nncourse.learner.TestTexts;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Exercise("3.2")
@DisplayNameGeneration(TestTexts.Names.class)
class NetworkForwardHiddenTest {

    private static final TestTexts texts = TestTexts.of(NetworkForwardHiddenTest.class);

    private static final double TOLERANCE = 1e-9;
    private static final int[][] SHAPES = {
        {1, 1}, {3, 1}, {2, 3, 1}, {4, 2, 5}, {3, 4, 4, 2}, {5, 2, 6, 3, 2}, {64, 32, 10}};

    @Test
    @Tag("formula")
    void matchesTheFormula() {
        Random rng = new Random(321);
        for (int[] shape : SHAPES) {
            for (int trial = 0; trial < 3; trial++) {
                Network net = HiddenReference.randomNetwork(rng, 2, shape);
                double[] x = HiddenReference.randomInput(rng, shape[0]);
                assertArrayEquals(HiddenReference.forward(net, x), net.forward(x), TOLERANCE,
                        texts.say("networkLayersFeed", (shape.length - 1)));
            }
        }
    }

    @Test
    @Tag("bad-input")
    void rejectsWrongLength() {
        Network net = HiddenReference.randomNetwork(new Random(322), 1, 3, 2, 1);
        assertThrows(IllegalArgumentException.class, () -> net.forward(new double[2]),
                texts.say("inputsExpectedGiven"));
        assertThrows(IllegalArgumentException.class, () -> net.forward(new double[4]),
                texts.say("inputsExpectedGiven2"));
    }

    @Test
    @Tag("unmodified")
    void leavesArgumentsUnchanged() {
        Random rng = new Random(323);
        Network net = HiddenReference.randomNetwork(rng, 1, 3, 4, 2);
        var before = HiddenReference.parameters(net);
        double[] x = HiddenReference.randomInput(rng, 3);
        double[] xBefore = x.clone();
        net.forward(x);
        assertArrayEquals(xBefore, x, texts.say("forwardWrite"));
        for (int p = 0; p < before.size(); p++) {
            assertArrayEquals(before.get(p), HiddenReference.parameters(net).get(p), texts.say("forwardChangeNetwork"));
        }
    }
}
