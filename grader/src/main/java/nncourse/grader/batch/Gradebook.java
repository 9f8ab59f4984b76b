package nncourse.grader.batch;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import nncourse.engine.KitLesson;
import nncourse.grader.GraderException;
import nncourse.learner.ExerciseInfo;
import nncourse.learner.Scoreboard;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * The gradebook: one row per submission, with columns {@code submission,total}, one per lesson (its
 * folder name) and one per exercise ({@code 1.1} … {@code 3.8}); points as plain numbers, rows in name
 * order. It is written again, whole, to a new file that then takes the old one's place, after every
 * submission graded: a grader that is stopped leaves the rows of what it graded, and a file that is
 * never half written. Rows already in the file are kept, a regraded submission's replaced.
 */
public final class Gradebook {

    public static final String FILE = "gradebook.csv";

    private final Path file;
    private final List<String> header;
    private final Map<String, List<String>> rows = new TreeMap<>();

    private Gradebook(Path file, List<String> header) {
        this.file = file;
        this.header = header;
    }

    public static List<String> header(List<KitLesson> lessons) {
        List<String> header = new ArrayList<>(List.of("submission", "total"));
        lessons.forEach(l -> header.add(l.name()));
        lessons.forEach(l -> l.manifest().exercises().stream().map(ExerciseInfo::id).forEach(header::add));
        return header;
    }

    /** The gradebook in {@code file}, with the rows it holds already; a file of other columns is refused. */
    public static Gradebook open(Path file, List<KitLesson> lessons) {
        Gradebook book = new Gradebook(file, header(lessons));
        if (Files.exists(file)) {
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                var records = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in);
                if (!records.getHeaderNames().equals(book.header)) {
                    throw new GraderException(file + " has other columns than this kit's gradebook: grade into"
                            + " another --out, or move it away");
                }
                for (CSVRecord r : records) {
                    book.rows.put(r.get(0), r.toList());
                }
            } catch (IOException | IllegalArgumentException | IllegalStateException e) {
                throw new GraderException("cannot read " + file + ": " + e.getMessage(), e);
            }
        }
        return book;
    }

    /** The submissions the gradebook has a row for. */
    public synchronized Set<String> graded() {
        return Set.copyOf(rows.keySet());
    }

    /** Puts the submission's row in (in place of an earlier one) and writes the gradebook. */
    public synchronized void put(SubmissionSummary g) {
        List<String> row = new ArrayList<>(List.of(g.name(), Scoreboard.number(g.score())));
        g.lessons().forEach(lesson -> row.add(Scoreboard.number(lesson.score())));
        for (SubmissionSummary.LessonSummary lesson : g.lessons()) {
            lesson.exercises().forEach(points -> row.add(Scoreboard.number(points)));
        }
        rows.put(g.name(), row);
        write();
    }

    /** Writes the gradebook as it stands, whole, in the place of the old file. */
    public synchronized void write() {
        StringWriter text = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(text, CSVFormat.DEFAULT.builder()
                .setHeader(header.toArray(String[]::new)).get())) {
            for (List<String> row : rows.values()) {
                csv.printRecord(row);
            }
            Path next = Files.createTempFile(file.toAbsolutePath().getParent(), ".gradebook-", ".csv");
            Files.writeString(next, text.toString(), StandardCharsets.UTF_8);
            Files.move(next, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new GraderException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
