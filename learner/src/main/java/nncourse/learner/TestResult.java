package nncourse.learner;

/**
 * The result of one graded test: a test method, or a parameterized test with all its rows.
 *
 * @param exercise  the exercise it grades (from {@link Exercise})
 * @param testClass the top-level test class
 * @param name      the test's display names from class to method, e.g. "sigmoid › at z = 0 › is exactly 0.5"
 * @param outcome   what happened
 * @param message   one short paragraph a learner can act on; empty when passed
 * @param hidden    whether the test is one of the teacher's hidden tests
 */
public record TestResult(String exercise, String testClass, String name, Outcome outcome, String message,
                         boolean hidden) {

    public enum Outcome {
        PASSED,
        /** The method still throws its stub's {@code UnsupportedOperationException("TODO …")}. */
        TODO,
        FAILED,
        TIMED_OUT,
        /** The test's JVM died under it ({@code System.exit}, out of memory, a crash). */
        CRASHED,
        /** The test could not be compiled against the submission. */
        NOT_COMPILED
    }

    public boolean passed() {
        return outcome == Outcome.PASSED;
    }

    public TestResult asHidden() {
        return new TestResult(exercise, testClass, name, outcome, message, true);
    }
}
