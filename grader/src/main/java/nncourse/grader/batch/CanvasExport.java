package nncourse.grader.batch;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The gradebook as Canvas imports it (Grades → Import), in the layout of Canvas's own gradebook export,
 * documented at https://community.canvaslms.com/t5/Instructor-Guide/How-do-I-import-grades-in-the-Gradebook/ta-p/807 :
 * the columns {@link #IDENTITY}, then one per assignment, and a first row under the header whose
 * {@code Student} is "Points Possible" and which holds each assignment's maximum. Each lesson is one
 * assignment, named after its folder: Canvas creates an assignment for a column it does not know, and takes
 * a column named like an existing assignment (or "Name (id)") as that one. Students are matched by
 * {@code SIS User ID} (the roster's identifier, or the submission's name without a roster) and
 * {@code SIS Login ID} (the roster's e-mail); the Canvas {@code ID} is not known here and left empty.
 *
 * <p>A student whose zip could not be unpacked, or who handed in nothing, gets empty cells, which Canvas
 * leaves as they are: no 0 is imported for what was not graded.
 */
public final class CanvasExport {

    public static final String FILE = "canvas.csv";
    public static final List<String> IDENTITY = List.of("Student", "ID", "SIS User ID", "SIS Login ID", "Section");

    private CanvasExport() {
    }

    public static void write(Path file, Gradebook gradebook) {
        List<String> lessons = LmsColumns.lessons(gradebook);
        List<String> header = new ArrayList<>(IDENTITY);
        header.addAll(lessons);
        List<List<String>> rows = new ArrayList<>();
        List<String> possible = new ArrayList<>(List.of(Gradebook.POINTS_POSSIBLE, "", "", "", ""));
        possible.addAll(LmsColumns.pointsPossible(gradebook));
        rows.add(possible);
        for (Map<String, String> r : gradebook.rows()) {
            List<String> row = new ArrayList<>();
            row.add(r.get("name").isEmpty() ? LmsColumns.identifier(r) : r.get("name"));
            row.add("");
            row.add(LmsColumns.identifier(r));
            row.add(r.get("email"));
            row.add("");
            lessons.forEach(l -> row.add(LmsColumns.points(r, l)));
            rows.add(row);
        }
        CsvFile.write(file, header, rows, false);
    }
}
