package nncourse.learner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What tells the scoreboard's results and the notebooks' classes older than the sources. */
@DisplayName("The newest time of a folder's files")
class FileTimesTest {

    @Test
    @DisplayName("is that of the newest file with the suffix, however deep")
    void isThatOfTheNewestFileWithTheSuffix(@TempDir Path root) throws IOException {
        touch(root.resolve("toy/Old.java"), 1_000);
        touch(root.resolve("toy/deep/New.java"), 3_000);
        touch(root.resolve("toy/Newer.class"), 5_000);

        assertEquals(FileTime.fromMillis(3_000), FileTimes.newest(root, ".java"));
        assertEquals(FileTime.fromMillis(5_000), FileTimes.newest(root, ""));
    }

    @Test
    @DisplayName("is never for a folder that is not there")
    void isNeverForNoFolder(@TempDir Path root) {
        assertEquals(FileTimes.NEVER, FileTimes.newest(root.resolve("target/classes"), ".class"));
    }

    private static void touch(Path file, long millis) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, "");
        Files.setLastModifiedTime(file, FileTime.fromMillis(millis));
    }
}
