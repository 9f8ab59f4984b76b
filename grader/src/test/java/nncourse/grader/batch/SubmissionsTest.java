package nncourse.grader.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import nncourse.grader.GraderException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("A folder of submissions")
class SubmissionsTest {

    private static final String SIGMOID = "lesson-01-logistic-regression/src/main/java/nncourse/lesson01/Sigmoid.java";

    @TempDir
    Path dir;

    @Test
    @DisplayName("gives one submission per folder or zip, named after it, and ignores other files")
    void foldersAndZips() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        write(in.resolve("alice").resolve(SIGMOID), "class Sigmoid {}");
        zip(in.resolve("bob.zip"), "nn-course/" + SIGMOID, "class Sigmoid {}");
        Files.writeString(in.resolve("notes.txt"), "not a submission");
        Files.createDirectories(in.resolve(".DS_Store"));
        List<String> notes = new ArrayList<>();
        List<Submission> subs = Submissions.in(in, dir.resolve("unzipped"), notes);
        assertEquals(List.of("alice", "bob"), subs.stream().map(Submission::name).toList());
        assertEquals(1, notes.size(), notes.toString());
        assertTrue(notes.get(0).contains("notes.txt"));
        for (Submission s : subs) {
            assertNull(s.problem());
            Path sources = s.sources("lesson-01-logistic-regression").orElseThrow();
            assertTrue(Files.isRegularFile(sources.resolve("nncourse/lesson01/Sigmoid.java")), sources.toString());
            assertTrue(s.sources("lesson-02-artificial-neuron").isEmpty());
        }
    }

    @Test
    @DisplayName("marks a zip that is broken or names a file outside its folder, without stopping the others")
    void badZips() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("carol.zip"), "not a zip");
        zip(in.resolve("mallory.zip"), "../../escaped/Evil.java", "class Evil {}");
        List<Submission> subs = Submissions.in(in, dir.resolve("unzipped"), new ArrayList<>());
        assertEquals(2, subs.size());
        subs.forEach(s -> assertTrue(s.problem() != null && s.problem().startsWith("could not unpack"), s.toString()));
        assertTrue(subs.get(1).problem().contains("outside"), subs.get(1).problem());
        assertFalse(Files.exists(dir.resolve("escaped")));
    }

    @Test
    @DisplayName("is refused when empty or when two submissions share a name")
    void refused() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        GraderException empty = assertThrows(GraderException.class,
                () -> Submissions.in(in, dir.resolve("u"), new ArrayList<>()));
        assertTrue(empty.getMessage().contains("no submissions"), empty.getMessage());
        Files.createDirectories(in.resolve("alice"));
        zip(in.resolve("alice.zip"), SIGMOID, "class Sigmoid {}");
        GraderException twice = assertThrows(GraderException.class,
                () -> Submissions.in(in, dir.resolve("u"), new ArrayList<>()));
        assertTrue(twice.getMessage().contains("two submissions are named alice"), twice.getMessage());
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static void zip(Path zip, String entry, String text) throws IOException {
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry(entry));
            z.write(text.getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
        }
    }
}
