package nncourse.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Guarded files")
class GuardedFilesTest {

    private static final byte[] TEST = "the hidden test".getBytes(StandardCharsets.UTF_8);
    private static final byte[] DATA = "1,2,3".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path root;
    private GuardedFiles guarded;

    @BeforeEach
    void layOut() {
        guarded = new GuardedFiles(root);
        guarded.add(Map.of(".grader/tests/l/T.class", TEST, "l/src/main/resources/data.csv", DATA));
    }

    @Test
    @DisplayName("are laid out from the bytes given, and then nothing has changed")
    void laidOut() throws IOException {
        assertArrayEquals(TEST, Files.readAllBytes(root.resolve(".grader/tests/l/T.class")));
        assertEquals(List.of(), guarded.changes());
    }

    @Test
    @DisplayName("name a file rewritten, even to the same size, one deleted and one added")
    void changes() throws IOException {
        Files.write(root.resolve(".grader/tests/l/T.class"), "the passing one".getBytes(StandardCharsets.UTF_8));
        Files.delete(root.resolve("l/src/main/resources/data.csv"));
        Files.writeString(root.resolve(".grader/tests/l/Extra.class"), "more");
        assertEquals(List.of(".grader/tests/l/Extra.class", ".grader/tests/l/T.class", "l/src/main/resources/data.csv"),
                guarded.changes());
    }

    @Test
    @DisplayName("name a file replaced by a link, and a folder replaced by a file")
    void linksAndFolders() throws IOException {
        Path other = Files.writeString(root.resolveSibling(root.getFileName() + "-elsewhere"), "the hidden test");
        Files.delete(root.resolve(".grader/tests/l/T.class"));
        Files.createSymbolicLink(root.resolve(".grader/tests/l/T.class"), other);
        Files.delete(root.resolve("l/src/main/resources/data.csv"));
        Files.delete(root.resolve("l/src/main/resources"));
        Files.writeString(root.resolve("l/src/main/resources"), "not a folder");
        assertEquals(List.of(".grader/tests/l/T.class", "l/src/main/resources", "l/src/main/resources/data.csv"),
                guarded.changes());
        Files.delete(other);
    }

    @Test
    @DisplayName("are put back as they were, whatever was done to them")
    void restore() throws IOException {
        Files.write(root.resolve(".grader/tests/l/T.class"), new byte[] {0});
        Files.delete(root.resolve("l/src/main/resources/data.csv"));
        Files.writeString(root.resolve("added.txt"), "x");
        guarded.restore();
        assertEquals(List.of(), guarded.changes());
        assertArrayEquals(TEST, Files.readAllBytes(root.resolve(".grader/tests/l/T.class")));
        assertArrayEquals(DATA, Files.readAllBytes(root.resolve("l/src/main/resources/data.csv")));
    }
}
