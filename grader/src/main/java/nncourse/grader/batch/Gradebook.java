package nncourse.grader.batch;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import nncourse.engine.KitLesson;
import nncourse.grader.GraderException;
import nncourse.learner.ExerciseInfo;
import nncourse.learner.Scoreboard;
import org.apache.commons.csv.CSVRecord;

/**
 * The gradebook a course is run on: one row per submission, with columns {@code submission}, the
 * student's {@code identifier,name,email} from the roster (empty without one), {@code status} (see
 * {@link SubmissionStatus}), {@code total}, one per lesson (its folder name) and one per exercise
 * ({@code 1.1} … {@code 3.8}); points as plain numbers, rows in name order, then a row per student of the
 * roster who handed in nothing. The first row under the header holds each column's maximum, as Canvas's
 * and Moodle's gradebooks show it ("Points Possible"). UTF-8 with a byte-order mark unless told not to.
 *
 * <p>It is written again, whole ({@link CsvFile}), after every submission graded: a grader that is stopped
 * leaves the rows of what it graded. Rows already in the file are kept, a regraded submission's replaced,
 * so that one late student graded into the same folder adds a row rather than leaving one.
 */
public final class Gradebook {

    public static final String FILE = "gradebook.csv";
    /** The first cell of the row of maxima: the words Canvas's gradebook export uses. */
    public static final String POINTS_POSSIBLE = "Points Possible";
    public static final List<String> IDENTITY = List.of("submission", "identifier", "name", "email", "status");

    private final Path file;
    private final List<KitLesson> lessons;
    private final List<String> header;
    private final Roster roster;
    private final boolean bom;
    private final Map<String, List<String>> rows = new TreeMap<>();

    private Gradebook(Path file, List<KitLesson> lessons, Roster roster, boolean bom) {
        this.file = file;
        this.lessons = List.copyOf(lessons);
        this.header = header(lessons);
        this.roster = roster;
        this.bom = bom;
    }

    public static List<String> header(List<KitLesson> lessons) {
        List<String> header = new ArrayList<>(IDENTITY);
        header.add("total");
        lessons.forEach(l -> header.add(l.name()));
        lessons.forEach(l -> l.manifest().exercises().stream().map(ExerciseInfo::id).forEach(header::add));
        return header;
    }

    /**
     * The gradebook in {@code file}, with the rows of submissions it holds already; a file of other columns
     * is refused. The rows of students who handed in nothing are not kept: they come from the roster.
     */
    public static Gradebook open(Path file, List<KitLesson> lessons, Roster roster, boolean bom) {
        Gradebook book = new Gradebook(file, lessons, roster, bom);
        if (Files.exists(file)) {
            CsvFile.Table table = CsvFile.read(file);
            if (!table.header().equals(book.header)) {
                throw new GraderException(file + " has other columns than this kit's gradebook: grade into"
                        + " another --out, or move it away");
            }
            for (CSVRecord r : table.records()) {
                if (!r.get(0).equals(POINTS_POSSIBLE)
                        && !r.get("status").equals(SubmissionStatus.NO_SUBMISSION.label())) {
                    book.rows.put(r.get(0), r.toList());
                }
            }
        }
        return book;
    }

    /** The submissions the gradebook has a row for. */
    public synchronized Set<String> graded() {
        return Set.copyOf(rows.keySet());
    }

    /**
     * Puts the submission's row in (in place of an earlier one) and writes the gradebook.
     *
     * @return the row it replaced, by column, if there was one
     */
    public synchronized Optional<Map<String, String>> put(SubmissionSummary g) {
        List<String> earlier = rows.get(g.name());
        // Regraded without --roster: the student it was given to before stays its student.
        List<String> row = new ArrayList<>(roster.isEmpty() && earlier != null ? earlier.subList(0, 4)
                : identity(g.name()));
        row.add(g.status().label());
        row.add(Scoreboard.number(g.score()));
        g.lessons().forEach(lesson -> row.add(Scoreboard.number(lesson.score())));
        for (SubmissionSummary.LessonSummary lesson : g.lessons()) {
            lesson.exercises().forEach(points -> row.add(Scoreboard.number(points)));
        }
        List<String> old = rows.put(g.name(), row);
        write();
        return Optional.ofNullable(old).map(this::byColumn);
    }

    /** The roster's submission, identifier, name and e-mail for a submission (its name alone without one). */
    private List<String> identity(String submission) {
        return roster.find(submission).map(s -> List.of(submission, s.identifier(), s.name(), s.email()))
                .orElse(List.of(submission, "", "", ""));
    }

    /** Writes the gradebook as it stands, whole, in the place of the old file. */
    public synchronized void write() {
        List<List<String>> all = new ArrayList<>();
        all.add(pointsPossible());
        all.addAll(table());
        CsvFile.write(file, header, all, bom);
    }

    /** Each column's maximum, under {@link #POINTS_POSSIBLE}; none for the identity and status columns. */
    public List<String> pointsPossible() {
        List<String> row = new ArrayList<>(List.of(POINTS_POSSIBLE, "", "", "", ""));
        row.add(Scoreboard.number(lessons.stream().mapToDouble(l -> l.manifest().points()).sum()));
        lessons.forEach(l -> row.add(Scoreboard.number(l.manifest().points())));
        lessons.forEach(l -> l.manifest().exercises().forEach(e -> row.add(Scoreboard.number(e.points()))));
        return row;
    }

    /** The rows under the points possible, in the file's order, by column: for the LMS exports. */
    public synchronized List<Map<String, String>> rows() {
        return table().stream().map(this::byColumn).toList();
    }

    public List<String> header() {
        return header;
    }

    /** How many lessons the kit has: a column each after {@code total}. */
    public int lessonCount() {
        return lessons.size();
    }

    /** The submissions' rows (their identity as the roster has it now), then those of who handed in nothing. */
    private List<List<String>> table() {
        List<List<String>> table = new ArrayList<>();
        for (List<String> row : rows.values()) {
            List<String> now = new ArrayList<>(row);
            if (!roster.isEmpty()) {
                List<String> identity = identity(row.get(0));
                for (int i = 0; i < identity.size(); i++) {
                    now.set(i, identity.get(i));
                }
            }
            table.add(now);
        }
        Set<Roster.Student> handedIn = rows.keySet().stream().map(roster::find).flatMap(Optional::stream)
                .collect(Collectors.toSet());
        roster.students().stream().filter(s -> !handedIn.contains(s))
                .sorted(Comparator.comparing(Roster.Student::identifier))
                .forEach(s -> {
                    List<String> row = new ArrayList<>(List.of("", s.identifier(), s.name(), s.email(),
                            SubmissionStatus.NO_SUBMISSION.label()));
                    while (row.size() < header.size()) {
                        row.add("");
                    }
                    table.add(row);
                });
        return table;
    }

    private Map<String, String> byColumn(List<String> row) {
        Map<String, String> cells = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            cells.put(header.get(i), i < row.size() ? row.get(i) : "");
        }
        return cells;
    }
}
