package nncourse.learner;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.opentest4j.MultipleFailuresError;

/** Says in one short paragraph why a test failed: the assertion's words, or what the code threw and where. */
final class Failures {

    private static final int MAX_LENGTH = 600;

    private Failures() {
    }

    static TestResult.Outcome outcome(Throwable t) {
        if (todo(t) != null) {
            return TestResult.Outcome.TODO;
        }
        if (t instanceof TimeoutException) {
            return TestResult.Outcome.TIMED_OUT;
        }
        return TestResult.Outcome.FAILED;
    }

    static String describe(Throwable t) {
        if (t == null) {
            return "failed";
        }
        Throwable todo = todo(t);
        if (todo != null) {
            return todo.getMessage();
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

    /**
     * The stub's {@code UnsupportedOperationException("TODO …")} that made the test fail: thrown by the test
     * itself, or the cause of a failed assertion (a test that expects another exception, say), or of every
     * failure of an {@code assertAll}; else null.
     */
    private static Throwable todo(Throwable t) {
        if (t instanceof MultipleFailuresError m && !m.getFailures().isEmpty()) {
            List<Throwable> todos = m.getFailures().stream().map(Failures::todo).toList();
            return todos.contains(null) ? null : todos.get(0);
        }
        Throwable at = t;
        for (int depth = 0; at != null && depth < 4; depth++, at = at.getCause()) {
            if (at instanceof UnsupportedOperationException && String.valueOf(at.getMessage()).startsWith("TODO")) {
                return at;
            }
            if (!(at instanceof AssertionError)) {
                return null;
            }
        }
        return null;
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
