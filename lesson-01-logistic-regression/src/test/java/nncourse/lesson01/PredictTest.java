package nncourse.lesson01;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import nncourse.learner.Exercise;
import nncourse.learner.TestTexts;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@Exercise("1.4")
@DisplayNameGeneration(TestTexts.Names.class)
class PredictTest {

    private static final TestTexts texts = TestTexts.of(PredictTest.class);

    private static final double[] THETA = {-3, 2};

    @ParameterizedTest(name = "θ = (−3, 2), x = ({0}): z = {1} → {2}")
    @CsvSource({
        "2.5,  2, 1",
        "4.0,  5, 1",
        "0.5, -2, 0",
        "1.0, -1, 0",
    })
    @Tag("formula")
    void followsTheSideOfTheBoundary(double x1, double z, int expected) {
        int prediction = LogisticRegression.predict(THETA, new double[] {x1});
        assertEquals(expected, prediction, () -> texts.say("prediction", z, (z > 0 ? "> 0.5" : "< 0.5"), expected,
                prediction));
    }

    @Test
    @Tag("edge")
    void onTheBoundaryPredictsOne() {
        int prediction = LogisticRegression.predict(THETA, new double[] {1.5});
        assertEquals(1, prediction, () -> texts.say("rule", prediction));
    }

    @Test
    @Tag("bad-input")
    void rejectsThetaOfTheWrongLength() {
        assertThrows(IllegalArgumentException.class,
                () -> LogisticRegression.predict(new double[] {-3, 2, 1}, new double[] {1.5}),
                texts.say("featureNeedsEntries"));
    }

    @Test
    @Tag("unmodified")
    void leavesItsArgumentsUnchanged() {
        double[] theta = {-3, 2};
        double[] x = {2.5};
        LogisticRegression.predict(theta, x);
        assertArrayEquals(new double[] {-3, 2}, theta, texts.say("predictingReadsChange"));
        assertArrayEquals(new double[] {2.5}, x, texts.say("predictingReadsChange2"));
    }
}
