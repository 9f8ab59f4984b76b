package nncourse.lesson02;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import nncourse.learner.Exercise;
import nncourse.learner.TestTexts;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Exercise("2.4")
@DisplayNameGeneration(TestTexts.Names.class)
class StepTest {

    private static final TestTexts texts = TestTexts.of(StepTest.class);

    private static final double TOLERANCE = 1e-9;

    private static final Neuron N = new Neuron(new double[] {0.5, -0.25}, 0.1);
    private static final double[] X = {1, 2};
    private static final double LEARNING_RATE = 0.5;

    @Test
    @Tag("formula")
    void movesTowardsOne() {
        double a = sigma(0.5 * 1 - 0.25 * 2 + 0.1);
        double error = a - 1;

        Neuron next = NeuronTraining.step(N, X, 1, LEARNING_RATE);

        assertArrayEquals(new double[] {0.5 - 0.5 * error * 1, -0.25 - 0.5 * error * 2}, next.weights(), TOLERANCE,
                () -> texts.say("weightGrows", a, mistakeIn(next.weights()[0], 0.5, 0.5 * error), changedArguments()));
        assertEquals(0.1 - 0.5 * error, next.bias(), TOLERANCE,
                () -> texts.say("biasStepYOne", a, mistakeIn(next.bias(), 0.1, 0.5 * error), changedArguments()));
    }

    @Test
    @Tag("formula")
    void movesTowardsZero() {
        double a = sigma(0.1);

        Neuron next = NeuronTraining.step(N, X, 0, LEARNING_RATE);

        assertArrayEquals(new double[] {0.5 - 0.5 * a * 1, -0.25 - 0.5 * a * 2}, next.weights(), TOLERANCE,
                () -> texts.say("weightShrinks", a,
                        (changedArguments().isEmpty() ? texts.say("checkSignUpdate") : changedArguments())));
        assertEquals(0.1 - 0.5 * a, next.bias(), TOLERANCE, () -> texts.say("biasStepYZero", a,
                mistakeIn(next.bias(), 0.1, 0.5 * a), changedArguments()));
    }

    @Test
    @Tag("edge")
    void withZeroInputsChangesOnlyTheBias() {
        Neuron n = new Neuron(new double[] {1, -1}, 0);

        Neuron next = NeuronTraining.step(n, new double[] {0, 0}, 1, 0.2);

        assertArrayEquals(new double[] {1, -1}, next.weights(), TOLERANCE, texts.say("weightMoves"));
        assertEquals(0 - 0.2 * (0.5 - 1), next.bias(), TOLERANCE,
                "a = σ(0) = 0.5, y = 1, α = 0.2: b ← 0 − 0.2·(0.5 − 1) = 0.1");
    }

    /**
     * What a wrong updated value most likely did, for a value that should be {@code old − update}
     * (update = α(a − y) times the input), or nothing.
     */
    private static String mistakeIn(double updated, double old, double update) {
        if (Math.abs(updated - (old + update)) < TOLERANCE) {
            return texts.say("movedWrongWay");
        }
        if (Math.abs(updated - old) < TOLERANCE) {
            return texts.say("moveUpdateToo");
        }
        if (Math.abs(updated - (old - update / LEARNING_RATE)) < TOLERANCE) {
            return texts.say("stepTooLong");
        }
        return "";
    }

    /** Says so when a step has changed the neuron N or the input X the tests share, or nothing. */
    private static String changedArguments() {
        if (!Arrays.equals(N.weights(), new double[] {0.5, -0.25}) || N.bias() != 0.1) {
            return texts.say("nowEarlierStep", N);
        }
        if (!Arrays.equals(X, new double[] {1, 2})) {
            return texts.say("nowEarlierStep2", Arrays.toString(X));
        }
        return "";
    }

    private static double sigma(double z) {
        return 1 / (1 + Math.exp(-z));
    }

    @Test
    @Tag("bad-input")
    void rejectsBadLabelsAndLearningRates() {
        assertAll(
                () -> assertThrows(IllegalArgumentException.class, () -> NeuronTraining.step(N, X, 2, LEARNING_RATE),
                        texts.say("labelErrorNeeds")),
                () -> assertThrows(IllegalArgumentException.class, () -> NeuronTraining.step(N, X, 1, 0),
                        texts.say("learnThrowIllegalArgumentException")),
                () -> assertThrows(IllegalArgumentException.class, () -> NeuronTraining.step(N, X, 1, -0.5),
                        texts.say("climbLossInstead")));
    }

    @Test
    @Tag("unmodified")
    void leavesTheNeuronAndXUnchanged() {
        Neuron n = new Neuron(new double[] {0.5, -0.25}, 0.1);
        double[] x = {1, 2};

        NeuronTraining.step(n, x, 1, LEARNING_RATE);

        assertArrayEquals(new double[] {0.5, -0.25}, n.weights(), 0,
                texts.say("stepReturnsNEW"));
        assertEquals(0.1, n.bias(), 0, texts.say("stepChangeGiven"));
        assertArrayEquals(new double[] {1, 2}, x, 0, texts.say("stepOnlyReads"));
    }
}
