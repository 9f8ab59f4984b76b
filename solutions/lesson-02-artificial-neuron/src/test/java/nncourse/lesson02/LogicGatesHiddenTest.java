package nncourse.lesson02;

import static nncourse.lesson02.LogicGatesTest.assertGate;

import nncourse.learner.Exercise;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Exercise("2.3")
@DisplayName("2.3 LogicGates: AND, OR, NAND and NOT as single neurons (hidden)")
@Tag("data")
class LogicGatesHiddenTest {

    @Test
    @DisplayName("and() is sure of every row of AND's truth table")
    void andOnEveryRow() {
        assertEveryRow("AND", LogicGates.and(), TruthTable.AND);
    }

    @Test
    @DisplayName("or() is sure of every row of OR's truth table")
    void orOnEveryRow() {
        assertEveryRow("OR", LogicGates.or(), TruthTable.OR);
    }

    @Test
    @DisplayName("nand() is sure of every row of NAND's truth table")
    void nandOnEveryRow() {
        assertEveryRow("NAND", LogicGates.nand(), TruthTable.NAND);
    }

    @Test
    @DisplayName("not() is sure of every row of NOT's truth table")
    void notOnEveryRow() {
        assertEveryRow("NOT", LogicGates.not(), TruthTable.NOT);
    }

    private static void assertEveryRow(String gate, Neuron n, TruthTable table) {
        double[][] x = table.x();
        int[] y = table.y();
        for (int i = 0; i < x.length; i++) {
            assertGate(gate, n, x[i], y[i]);
        }
    }
}
