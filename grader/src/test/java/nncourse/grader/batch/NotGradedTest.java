package nncourse.grader.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import nncourse.engine.KitLesson;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The line on submissions not graded")
class NotGradedTest {

    private static final Path KIT = Path.of(System.getProperty("kit.root", "..")).toAbsolutePath().normalize();
    private static final List<KitLesson> LESSONS = KitLesson.all(KIT);

    @Test
    @DisplayName("names each submission that could not be graded, and why, out of all")
    void namesThemAndWhy() {
        List<SubmissionSummary> grades = List.of(Summaries.graded(LESSONS, "alice", 10),
                Summaries.summary(LESSONS, "eve", "could not unpack eve.zip: invalid CEN header", null),
                Summaries.summary(LESSONS, "mallory", null, "not graded: the grader failed on this lesson (boom)"));
        assertEquals("2 of 3 submissions could not be graded: eve (could not unpack eve.zip: invalid CEN header),"
                + " mallory (lesson-02-artificial-neuron: not graded: the grader failed on this lesson (boom))",
                NotGraded.summary(grades));
    }

    @Test
    @DisplayName("says nothing when every submission was graded, a 0 for code that does not compile too")
    void nothingWhenAllGraded() {
        assertEquals("", NotGraded.summary(List.of(Summaries.graded(LESSONS, "alice", 0),
                Summaries.graded(LESSONS, "bob", 10))));
    }
}
