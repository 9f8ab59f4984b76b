package nncourse.grader.batch;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nncourse.grader.GraderException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The class list, {@code --roster FILE}: who the submission folders belong to, and who handed in nothing.
 * Two forms are read as they are. GitHub Classroom's roster download, {@code classroom_roster.csv}, has
 * the header {@code "identifier","github_username","github_id","name"} (no e-mail; {@code github_username}
 * is empty for a student who has not accepted an assignment yet): the download came with
 * https://github.com/github-education-resources/classroom/issues/1184 and its github_id column with
 * https://github.com/github-education-resources/classroom/pull/1312. A teacher's own list is
 * {@code identifier,name,email}, with that header or without one. Other columns are ignored.
 *
 * <p>A submission folder belongs to the student whose identifier or GitHub user name it is named after,
 * in any case: GitHub Classroom names what it hands out after the GitHub user.
 */
public final class Roster {

    /** One student of the roster. */
    public record Student(String identifier, String githubUsername, String name, String email) {}

    private final List<Student> students;
    private final Map<String, Student> byFolderName = new HashMap<>();

    private Roster(List<Student> students, Path file) {
        this.students = List.copyOf(students);
        for (Student s : students) {
            claim(s.identifier(), s, file);
            if (!s.githubUsername().isEmpty() && !s.githubUsername().equalsIgnoreCase(s.identifier())) {
                claim(s.githubUsername(), s, file);
            }
        }
    }

    private void claim(String name, Student s, Path file) {
        Student other = byFolderName.putIfAbsent(name.toLowerCase(Locale.ROOT), s);
        if (other != null) {
            throw new GraderException(file + " names '" + name + "' twice (" + other.identifier() + " and "
                    + s.identifier() + "): a submission folder must belong to one student");
        }
    }

    /** No roster: every submission stands for itself, and no one is missing. */
    public static Roster none() {
        return new Roster(List.of(), null);
    }

    public static Roster read(Path file) {
        List<CSVRecord> records;
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            if (!text.isEmpty() && text.charAt(0) == CsvFile.BOM) {
                text = text.substring(1);
            }
            try (CSVParser csv = CSVParser.builder().setReader(new StringReader(text))
                    .setFormat(CSVFormat.DEFAULT.builder().setIgnoreSurroundingSpaces(true)
                            .setIgnoreEmptyLines(true).get()).get()) {
                records = csv.getRecords();
            }
        } catch (IOException | IllegalArgumentException | IllegalStateException | UncheckedIOException e) {
            throw new GraderException("cannot read the roster " + file + ": " + e.getMessage(), e);
        }
        if (records.isEmpty()) {
            throw new GraderException("the roster " + file + " is empty");
        }
        Map<String, Integer> columns = columns(records.get(0));
        if (!columns.containsKey("identifier")) {
            if (columns.containsKey("name") || columns.containsKey("email")) {
                throw new GraderException("the roster " + file + " has no column 'identifier': its header is "
                        + records.get(0).toList());
            }
            columns = Map.of("identifier", 0, "name", 1, "email", 2);
        } else {
            records = records.subList(1, records.size());
        }
        List<Student> students = new ArrayList<>();
        for (CSVRecord r : records) {
            String identifier = cell(r, columns.get("identifier"));
            if (!identifier.isEmpty()) {
                students.add(new Student(identifier, cell(r, columns.get("github_username")),
                        cell(r, columns.get("name")), cell(r, columns.get("email"))));
            }
        }
        if (students.isEmpty()) {
            throw new GraderException("the roster " + file + " lists no student");
        }
        return new Roster(students, file);
    }

    /** The header's columns, by lower-case name; "e-mail" is "email". */
    private static Map<String, Integer> columns(CSVRecord header) {
        Map<String, Integer> columns = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).strip().toLowerCase(Locale.ROOT).replace("e-mail", "email");
            columns.putIfAbsent(name, i);
        }
        return columns;
    }

    private static String cell(CSVRecord r, Integer column) {
        return column == null || column >= r.size() ? "" : r.get(column).strip();
    }

    /** The students, in the roster's order. */
    public List<Student> students() {
        return students;
    }

    public boolean isEmpty() {
        return students.isEmpty();
    }

    /** The student a submission folder belongs to. */
    public Optional<Student> find(String submission) {
        return Optional.ofNullable(byFolderName.get(submission.toLowerCase(Locale.ROOT)));
    }
}
