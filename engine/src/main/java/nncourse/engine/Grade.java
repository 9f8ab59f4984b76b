package nncourse.engine;

import java.util.List;
import nncourse.learner.LessonScore;

/**
 * One lesson of one submission, graded.
 *
 * @param score         points per exercise, with every test's result
 * @param compileErrors the submission's own compile errors ("src/main/java/…/Sigmoid.java:12: …")
 * @param notes         what the grader had to mend before grading (a missing file, another encoding…),
 *                      in words for the learner
 * @param stubbed       the files (below {@code src/main/java}) whose stub was graded in the submission's
 *                      place: missing, in another package, or not compiling
 * @param output        what the tests printed, capped
 */
public record Grade(LessonScore score, List<String> compileErrors, List<String> notes, List<String> stubbed,
                    String output) {

    /** A lesson not graded, and why: its exercises at 0, no test run, nothing printed. */
    public static Grade notGraded(KitLesson lesson, String problem, List<String> compileErrors, List<String> notes) {
        return new Grade(LessonScore.notScored(lesson.name(), lesson.manifest(), problem), compileErrors, notes,
                List.of(), "");
    }
}
