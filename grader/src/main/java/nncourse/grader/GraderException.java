package nncourse.grader;

/**
 * A problem the teacher can fix, said in words: a missing folder, a bad option, a submission that
 * cannot be read. The command line prints its message alone, never a stack trace.
 */
public class GraderException extends RuntimeException {

    public GraderException(String message) {
        super(message);
    }

    public GraderException(String message, Throwable cause) {
        super(message, cause);
    }
}
