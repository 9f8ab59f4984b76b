package nncourse.lesson03;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nncourse.learner.Exercise;
import nncourse.learner.TestTexts;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@Exercise("3.4")
@DisplayNameGeneration(TestTexts.Names.class)
class NetworkXorTest {

    private static final TestTexts texts = TestTexts.of(NetworkXorTest.class);

    @ParameterizedTest(name = "XOR({0}, {1}) = {2}")
    @CsvSource({"0, 0, 0", "0, 1, 1", "1, 0, 1", "1, 1, 0"})
    @Tag("data")
    void computesXor(double x1, double x2, int expected) {
        double a = Network.xor().forward(new double[] {x1, x2})[0];
        if (expected == 1) {
            assertTrue(a >= 0.99, texts.say("xOROutputHidden", x1, x2, a));
        } else {
            assertTrue(a <= 0.01, texts.say("xOROutputHidden2", x1, x2, a));
        }
    }

    @Test
    @Tag("formula")
    void shape() {
        List<Layer> layers = Network.xor().layers();
        assertEquals(2, layers.size(), texts.say("layersHiddenLayer"));
        assertEquals(2, layers.get(0).inputSize(), texts.say("hiddenLayerTakes"));
        assertEquals(2, layers.get(0).size(), texts.say("hiddenLayerNeurons"));
        assertEquals(1, layers.get(1).size(), texts.say("outputLayerNeuron"));
    }
}
