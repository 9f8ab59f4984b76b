package nncourse.grader.release;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A README in the student edition")
class LearnerReadmeTest {

    @Test
    @DisplayName("leaves out the maintainers' and teachers' sections and the marked ones, and keeps the rest")
    void leavesOutTeachersSections() {
        String readme = """
                # Kit
                intro
                ## Learners: quick start
                ```bash
                ## not a heading inside code
                ```
                ## Maintainers: the test command
                ./mvnw verify -Psolutions
                ### How grading works
                engine
                ## Notebooks
                plots
                ## 교사용 <!-- not in the student edition -->
                grader
                ## Teachers
                release
                ## Credits
                UCI""";
        assertEquals("""
                # Kit
                intro
                ## Learners: quick start
                ```bash
                ## not a heading inside code
                ```
                ## Notebooks
                plots
                ## Credits
                UCI""", LearnerReadme.of(readme));
    }
}
