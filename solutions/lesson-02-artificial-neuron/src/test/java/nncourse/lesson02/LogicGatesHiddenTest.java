package nncourse.lesson02;

import static nncourse.lesson02.LogicGatesTest.assertGate;

import nncourse.learner.Exercise;
import nncourse.learner.TestTexts;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Exercise("2.3")
@Tag("data")
@DisplayNameGeneration(TestTexts.Names.class)
class LogicGatesHiddenTest {

    @Test
    void andOnEveryRow() {
        assertEveryRow("AND", LogicGates.and(), TruthTable.AND);
    }

    @Test
    void orOnEveryRow() {
        assertEveryRow("OR", LogicGates.or(), TruthTable.OR);
    }

    @Test
    void nandOnEveryRow() {
        assertEveryRow("NAND", LogicGates.nand(), TruthTable.NAND);
    }

    @Test
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
