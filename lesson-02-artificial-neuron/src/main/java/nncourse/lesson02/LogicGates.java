package nncourse.lesson02;

/**
 * Logic gates (논리 게이트) as single neurons with weights and bias set by hand.
 *
 * <p>A gate's neuron must be sure of itself: its output a = σ(w·x
 * + b) is at least 0.99 on every row of the {@link TruthTable} where the gate is 1 and at
 * most 0.01 where it is 0. Since σ(4.6) ≈ 0.99, that means z ≥ 4.6 on the
 * 1-rows and z ≤ −4.6 on the 0-rows: large weights, and a bias that sets the
 * threshold between them.
 */
public final class LogicGates {

    private LogicGates() {
    }

    /**
     * Returns a neuron with two inputs that computes x₁ AND x₂
     * ({@link TruthTable#AND}): only (1, 1) gives 1.
     *
     * @return a neuron with 2 weights
     */
    public static Neuron and() {
        // Return new Neuron(new double[] {w1, w2}, b) with z = w1·x1 + w2·x2 + b ≥ 4.6 on the
        // row (1, 1) and z ≤ −4.6 on the other three rows.
        throw new UnsupportedOperationException("TODO 2.3: choose w and b for AND");
    }

    /**
     * Returns a neuron with two inputs that computes x₁ OR x₂
     * ({@link TruthTable#OR}): only (0, 0) gives 0.
     *
     * @return a neuron with 2 weights
     */
    public static Neuron or() {
        // Like and(): z ≤ −4.6 on the row (0, 0) and z ≥ 4.6 on the other three rows.
        throw new UnsupportedOperationException("TODO 2.3: choose w and b for OR");
    }

    /**
     * Returns a neuron with two inputs that computes x₁ NAND x₂
     * ({@link TruthTable#NAND}), NOT (x₁ AND x₂): only (1, 1) gives 0.
     *
     * @return a neuron with 2 weights
     */
    public static Neuron nand() {
        // The opposite of and(): z ≤ −4.6 on the row (1, 1) and z ≥ 4.6 on the other three rows.
        throw new UnsupportedOperationException("TODO 2.3: choose w and b for NAND");
    }

    /**
     * Returns a neuron with one input that computes NOT x₁ ({@link TruthTable#NOT}):
     * 0 gives 1 and 1 gives 0.
     *
     * @return a neuron with 1 weight
     */
    public static Neuron not() {
        // One weight: z ≥ 4.6 for x1 = 0 and z ≤ −4.6 for x1 = 1.
        throw new UnsupportedOperationException("TODO 2.3: choose w and b for NOT");
    }
}
