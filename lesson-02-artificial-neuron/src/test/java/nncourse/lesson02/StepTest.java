package nncourse.lesson02;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import nncourse.learner.Exercise;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Exercise("2.4")
@DisplayName("2.4 step: w ← w − α(a − y)x, b ← b − α(a − y)")
class StepTest {

    private static final double TOLERANCE = 1e-9;

    private static final Neuron N = new Neuron(new double[] {0.5, -0.25}, 0.1);
    private static final double[] X = {1, 2};
    private static final double LEARNING_RATE = 0.5;

    @Test
    @DisplayName("moves w and b towards a label of 1")
    @Tag("formula")
    void movesTowardsOne() {
        double a = sigma(0.5 * 1 - 0.25 * 2 + 0.1);
        double error = a - 1;

        Neuron next = NeuronTraining.step(N, X, 1, LEARNING_RATE);

        assertArrayEquals(new double[] {0.5 - 0.5 * error * 1, -0.25 - 0.5 * error * 2}, next.weights(), TOLERANCE,
                () -> "wᵢ ← wᵢ − α(a − y)xᵢ with α = 0.5, y = 1 and a = σ(0.1) = " + a + ": a < y, so every weight with"
                        + " xᵢ > 0 grows" + mistakeIn(next.weights()[0], 0.5, 0.5 * error) + changedArguments());
        assertEquals(0.1 - 0.5 * error, next.bias(), TOLERANCE,
                () -> "b ← b − α(a − y) with α = 0.5, y = 1 and a = " + a + mistakeIn(next.bias(), 0.1, 0.5 * error)
                        + changedArguments());
    }

    @Test
    @DisplayName("moves w and b towards a label of 0")
    @Tag("formula")
    void movesTowardsZero() {
        double a = sigma(0.1);

        Neuron next = NeuronTraining.step(N, X, 0, LEARNING_RATE);

        assertArrayEquals(new double[] {0.5 - 0.5 * a * 1, -0.25 - 0.5 * a * 2}, next.weights(), TOLERANCE,
                () -> "wᵢ ← wᵢ − α(a − y)xᵢ with α = 0.5, y = 0 and a = " + a + ": a > y, so every weight with xᵢ > 0"
                        + " shrinks" + (changedArguments().isEmpty()
                                ? ". Check the sign of the update and that it is multiplied by α"
                                : changedArguments()));
        assertEquals(0.1 - 0.5 * a, next.bias(), TOLERANCE, () -> "b ← b − α(a − y) with α = 0.5, y = 0 and a = " + a
                + mistakeIn(next.bias(), 0.1, 0.5 * a) + changedArguments());
    }

    @Test
    @DisplayName("with every input 0 changes only the bias")
    @Tag("edge")
    void withZeroInputsChangesOnlyTheBias() {
        Neuron n = new Neuron(new double[] {1, -1}, 0);

        Neuron next = NeuronTraining.step(n, new double[] {0, 0}, 1, 0.2);

        assertArrayEquals(new double[] {1, -1}, next.weights(), TOLERANCE, "xᵢ = 0, so α(a − y)xᵢ = 0: no weight moves");
        assertEquals(0 - 0.2 * (0.5 - 1), next.bias(), TOLERANCE, "a = σ(0) = 0.5, y = 1, α = 0.2: b ← 0 − 0.2·(0.5 − 1) = 0.1");
    }

    /**
     * What a wrong updated value most likely did, for a value that should be {@code old − update}
     * (update = α(a − y) times the input), or nothing.
     */
    private static String mistakeIn(double updated, double old, double update) {
        if (Math.abs(updated - (old + update)) < TOLERANCE) {
            return " — it moved the wrong way: subtract α(a − y)·xᵢ, don't add it";
        }
        if (Math.abs(updated - old) < TOLERANCE) {
            return " — it did not move: update it too";
        }
        if (Math.abs(updated - (old - update / LEARNING_RATE)) < TOLERANCE) {
            return " — that step is too long: multiply the update by α";
        }
        return "";
    }

    /** Says so when a step has changed the neuron N or the input X the tests share, or nothing. */
    private static String changedArguments() {
        if (!java.util.Arrays.equals(N.weights(), new double[] {0.5, -0.25}) || N.bias() != 0.1) {
            return " — but N is now " + N + ", not w = (0.5, −0.25), b = 0.1: an earlier step changed the neuron it was"
                    + " given (through the array weights() returned?); step must leave it unchanged";
        }
        if (!java.util.Arrays.equals(X, new double[] {1, 2})) {
            return " — but X is now " + java.util.Arrays.toString(X) + ", not (1, 2): an earlier step changed the x"
                    + " it was given; step must leave it unchanged";
        }
        return "";
    }

    private static double sigma(double z) {
        return 1 / (1 + Math.exp(-z));
    }

    @Test
    @DisplayName("rejects a label other than 0 or 1 and a learning rate of 0 or less")
    @Tag("bad-input")
    void rejectsBadLabelsAndLearningRates() {
        assertAll(
                () -> assertThrows(IllegalArgumentException.class, () -> NeuronTraining.step(N, X, 2, LEARNING_RATE),
                        "y = 2 is not a label: the error a − y needs y = 0 or 1"),
                () -> assertThrows(IllegalArgumentException.class, () -> NeuronTraining.step(N, X, 1, 0),
                        "α = 0 would not learn: throw IllegalArgumentException"),
                () -> assertThrows(IllegalArgumentException.class, () -> NeuronTraining.step(N, X, 1, -0.5),
                        "α < 0 would climb the loss instead of descending it: throw IllegalArgumentException"));
    }

    @Test
    @DisplayName("leaves the given neuron and x unchanged")
    @Tag("unmodified")
    void leavesTheNeuronAndXUnchanged() {
        Neuron n = new Neuron(new double[] {0.5, -0.25}, 0.1);
        double[] x = {1, 2};

        NeuronTraining.step(n, x, 1, LEARNING_RATE);

        assertArrayEquals(new double[] {0.5, -0.25}, n.weights(), 0,
                "step returns a NEW neuron with w − α(a − y)x; the neuron it was given keeps its weights");
        assertEquals(0.1, n.bias(), 0, "step must not change the given neuron's bias");
        assertArrayEquals(new double[] {1, 2}, x, 0, "step only reads x");
    }
}
