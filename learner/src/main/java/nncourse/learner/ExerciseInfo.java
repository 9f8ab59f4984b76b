package nncourse.learner;

/**
 * What belongs to an exercise rather than to a test, as the lesson's manifest states it.
 *
 * @param id     the exercise's number, e.g. {@code "1.3"}
 * @param title  what the learner implements, e.g. {@code "LogisticRegression.hypothesis"}
 * @param points what the exercise is worth; its tests share them
 * @param file   the source file with its {@code TODO} marker, relative to the lesson folder
 * @param hint   the typical mistakes, shown when a test of the exercise fails
 * @param hidden what kinds of things the hidden tests also check
 */
public record ExerciseInfo(String id, String title, double points, String file, String hint, String hidden) {

    /** The marker a stub carries, e.g. {@code "TODO 1.3"}. */
    public String todoMarker() {
        return "TODO " + id;
    }
}
