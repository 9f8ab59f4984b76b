package nncourse.grader.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nncourse.grader.GraderException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("A roster")
class RosterTest {

    @TempDir
    Path dir;

    @Test
    @DisplayName("reads GitHub Classroom's roster download as it is, and finds a folder by GitHub user name")
    void githubClassroom() throws IOException {
        Roster roster = Roster.read(write("classroom_roster.csv", """
                "identifier","github_username","github_id","name"
                "2024001","minji-kim","1234567","김민지"
                "2024002","","",""
                """));
        assertEquals(List.of(new Roster.Student("2024001", "minji-kim", "김민지", ""),
                new Roster.Student("2024002", "", "", "")), roster.students());
        assertEquals("2024001", roster.find("Minji-Kim").orElseThrow().identifier(), "GitHub names ignore case");
        assertEquals("2024001", roster.find("2024001").orElseThrow().identifier());
        assertEquals("2024002", roster.find("2024002").orElseThrow().identifier(), "not linked yet: by identifier");
        assertTrue(roster.find("someone-else").isEmpty());
    }

    @Test
    @DisplayName("reads a plain identifier,name,email list, with its header or without, a byte-order mark or not")
    void plainList() throws IOException {
        List<Roster.Student> expected = List.of(new Roster.Student("s01", "", "박서준", "seojun@example.ac.kr"),
                new Roster.Student("s02", "", "Ada Lovelace", "ada@example.org"));
        assertEquals(expected, Roster.read(write("with-header.csv", "\uFEFFidentifier,name,email\n"
                + "s01,박서준,seojun@example.ac.kr\ns02,Ada Lovelace,ada@example.org\n")).students());
        assertEquals(expected, Roster.read(write("without-header.csv",
                "s01,박서준,seojun@example.ac.kr\n\ns02,Ada Lovelace,ada@example.org\n")).students());
        assertEquals(expected, Roster.read(write("other-order.csv", "Name,E-mail,Identifier,section\n"
                + "박서준,seojun@example.ac.kr,s01,A\nAda Lovelace,ada@example.org,s02,B\n")).students());
    }

    @Test
    @DisplayName("refuses a roster that gives one folder name to two students")
    void twoStudentsOneName() throws IOException {
        Path file = write("twice.csv", "identifier,github_username,name\ns01,ada,Ada\ns02,ADA,Ada Two\n");
        GraderException e = assertThrows(GraderException.class, () -> Roster.read(file));
        assertTrue(e.getMessage().contains("names 'ADA' twice (s01 and s02)"), e.getMessage());
    }

    @Test
    @DisplayName("refuses a header without an identifier column, and a roster of no student")
    void noIdentifier() throws IOException {
        Path header = write("no-id.csv", "name,email\nAda,ada@example.org\n");
        assertTrue(assertThrows(GraderException.class, () -> Roster.read(header)).getMessage()
                .contains("has no column 'identifier'"));
        Path empty = write("empty.csv", "identifier,name,email\n");
        assertTrue(assertThrows(GraderException.class, () -> Roster.read(empty)).getMessage()
                .contains("lists no student"));
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }
}
