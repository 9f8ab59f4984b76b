package nncourse.lesson02;

/**
 * A truth table (진리표): every input row of a logic gate (논리 게이트) with the gate's output.
 * Given finished.
 *
 * <p>The tables are data sets like any other: {@code x} is m × n (one row
 * of n inputs, each 0 or 1, per case) and {@code y} holds the m outputs. The
 * record is immutable: the constructor copies its arguments and the accessors return copies, so
 * changing an array you got from {@code TruthTable.AND} never changes the table.
 *
 * @param x m × n inputs
 * @param y m outputs, each 0 or 1
 */
public record TruthTable(double[][] x, int[] y) {

    private static final double[][] ONE_INPUT = {{0}, {1}};
    private static final double[][] TWO_INPUTS = {{0, 0}, {0, 1}, {1, 0}, {1, 1}};

    /** x₁ AND x₂: 1 only when both inputs are 1. */
    public static final TruthTable AND = new TruthTable(TWO_INPUTS, new int[] {0, 0, 0, 1});

    /** x₁ OR x₂: 1 when at least one input is 1. */
    public static final TruthTable OR = new TruthTable(TWO_INPUTS, new int[] {0, 1, 1, 1});

    /** x₁ NAND x₂ = NOT (x₁ AND x₂). */
    public static final TruthTable NAND = new TruthTable(TWO_INPUTS, new int[] {1, 1, 1, 0});

    /** x₁ XOR x₂: 1 when exactly one input is 1. No single neuron computes it. */
    public static final TruthTable XOR = new TruthTable(TWO_INPUTS, new int[] {0, 1, 1, 0});

    /** NOT x₁: one input, flipped. */
    public static final TruthTable NOT = new TruthTable(ONE_INPUT, new int[] {1, 0});

    /**
     * Checks that there is one output per row and copies the arrays.
     *
     * @throws IllegalArgumentException if {@code x.length != y.length}
     */
    public TruthTable {
        if (x.length != y.length) {
            throw new IllegalArgumentException("x has " + x.length + " rows but y has " + y.length + " outputs");
        }
        x = copy(x);
        y = y.clone();
    }

    /** Returns a copy of the inputs, m × n. */
    @Override
    public double[][] x() {
        return copy(x);
    }

    /** Returns a copy of the outputs, m of them. */
    @Override
    public int[] y() {
        return y.clone();
    }

    private static double[][] copy(double[][] x) {
        double[][] copy = new double[x.length][];
        for (int i = 0; i < x.length; i++) {
            copy[i] = x[i].clone();
        }
        return copy;
    }
}
