package nncourse.learner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** How notes, messages and zips write a file of the kit, on any system. */
@DisplayName("A path as the kit writes it")
class KitPathTest {

    @Test
    @DisplayName("is relative to its root, its names joined by /")
    void isRelativeWithSlashes() {
        Path lesson = Path.of("kit", "lesson-01-logistic-regression");
        Path sigmoid = lesson.resolve(Path.of("src", "main", "java", "nncourse", "lesson01", "Sigmoid.java"));

        assertEquals("src/main/java/nncourse/lesson01/Sigmoid.java", KitPath.of(lesson, sigmoid));
    }

    @Test
    @DisplayName("reads a backslash as Windows' separator, on every system")
    void readsABackslashAsASeparator() {
        assertEquals("nncourse/lesson01/Sigmoid.java", KitPath.of(Path.of("nncourse\\lesson01\\Sigmoid.java")));
    }
}
