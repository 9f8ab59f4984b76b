package nncourse.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The folder chores the grader, its release and the kit's tests share. */
@DisplayName("Folders")
class FoldersTest {

    @Test
    @DisplayName("copy the regular files of a tree to the same paths, and no link")
    void copyTheRegularFilesAndNoLink(@TempDir Path dir) throws IOException {
        Path from = dir.resolve("from");
        write(from.resolve("nncourse/lesson01/Sigmoid.java"), "class Sigmoid {}");
        Files.createSymbolicLink(from.resolve("nncourse/Secret.java"), write(dir.resolve("Secret.java"), "secret"));

        Folders.copy(from, dir.resolve("to"));

        assertEquals("class Sigmoid {}", Files.readString(dir.resolve("to/nncourse/lesson01/Sigmoid.java")));
        assertFalse(Files.exists(dir.resolve("to/nncourse/Secret.java")), "a link is not copied");
    }

    @Test
    @DisplayName("delete a folder and all below it, but not what a link inside it points to")
    void deleteAllBelowButNotThroughALink(@TempDir Path dir) throws IOException {
        Path kept = write(dir.resolve("kept/Kept.java"), "kept");
        Path work = dir.resolve("work");
        write(work.resolve("a/b/C.java"), "c");
        Files.createSymbolicLink(work.resolve("a/kept"), kept.getParent());

        Folders.deleteOrThrow(work);

        assertFalse(Files.exists(work, LinkOption.NOFOLLOW_LINKS));
        assertTrue(Files.exists(kept));
    }

    @Test
    @DisplayName("find nothing to do for a folder that is not there")
    void doNothingForNoFolder(@TempDir Path dir) throws IOException {
        Folders.deleteOrThrow(dir.resolve("gone"));
        Folders.delete(dir.resolve("gone"));
        Folders.copy(dir.resolve("gone"), dir.resolve("to"));

        assertFalse(Files.exists(dir.resolve("to")));
    }

    private static Path write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }
}
