package nncourse.learner;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.opentest4j.MultipleFailuresError;

/** Says in one short paragraph why a test failed: the assertion's words, or what the code threw and where. */
final class Failures {

    private static final int MAX_LENGTH = 600;

    private Failures() {
    }

    static TestResult.Outcome outcome(Throwable t) {
        if (t instanceof UnsupportedOperationException && String.valueOf(t.getMessage()).startsWith("TODO")) {
            return TestResult.Outcome.TODO;
        }
        if (t instanceof java.util.concurrent.TimeoutException) {
            return TestResult.Outcome.TIMED_OUT;
        }
        return TestResult.Outcome.FAILED;
    }

    static String describe(Throwable t) {
        if (t == null) {
            return "failed";
        }
        if (outcome(t) == TestResult.Outcome.TODO) {
            return t.getMessage();
        }
        String text;
        if (t instanceof MultipleFailuresError m) {
            text = m.getFailures().stream().map(Failures::describe).collect(Collectors.joining("; "));
        } else if (t instanceof StackOverflowError) {
            text = Messages.get("failure.stackOverflow") + where(t);
        } else if (t instanceof LinkageError) {
            text = Messages.get("failure.linkage", t.getClass().getSimpleName() + ": " + t.getMessage());
        } else if (t instanceof AssertionError) {
            text = String.valueOf(t.getMessage());
        } else {
            text = Messages.get("failure.threw", t.getClass().getName() + (t.getMessage() == null ? "" : ": "
                    + t.getMessage()) + where(t));
        }
        text = text.strip();
        return text.length() <= MAX_LENGTH ? text : text.substring(0, MAX_LENGTH) + " …";
    }

    /** The learner's line that threw: the first frame in a lesson class that is not a test. */
    private static String where(Throwable t) {
        return Arrays.stream(t.getStackTrace())
                .filter(f -> f.getClassName().startsWith("nncourse.lesson") && f.getFileName() != null
                        && !f.getFileName().endsWith("Test.java"))
                .findFirst()
                .map(f -> " (" + Messages.get("failure.at", f.getFileName() + ":" + f.getLineNumber()) + ")")
                .orElse("");
    }
}
