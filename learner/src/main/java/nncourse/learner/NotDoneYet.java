package nncourse.learner;

/**
 * Stops a notebook where it needs an exercise that is not done yet, with one sentence naming the
 * {@code TODO} to do first. It carries no stack trace: in Jupyter the learner reads the sentence,
 * not a JShell trace.
 */
public final class NotDoneYet extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public NotDoneYet(String message) {
        super(message, null, false, false);
    }
}
