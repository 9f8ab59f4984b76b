package nncourse.lesson03;

import static org.junit.jupiter.api.Assertions.assertTrue;

import nncourse.learner.Exercise;
import nncourse.learner.TestTexts;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Exercise("3.4")
@DisplayNameGeneration(TestTexts.Names.class)
class NetworkXorHiddenTest {

    private static final TestTexts texts = TestTexts.of(NetworkXorHiddenTest.class);

    @Test
    @Tag("data")
    void allFourRows() {
        Network net = Network.xor();
        double[][] x = {{0, 0}, {0, 1}, {1, 0}, {1, 1}};
        int[] y = {0, 1, 1, 0};
        for (int row = 0; row < 4; row++) {
            double a = HiddenReference.forward(net, x[row])[0];
            boolean right = y[row] == 1 ? a >= 0.99 : a <= 0.01;
            assertTrue(right, texts.say("xOROutput", x[row][0], x[row][1], y[row], a));
        }
    }
}
