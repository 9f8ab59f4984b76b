package nncourse.grader.batch;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The gradebook as Moodle imports it (Grades → Import → CSV file), documented at
 * https://docs.moodle.org/en/Grade_import : any header, one row per student, and on the import page the
 * teacher picks the column that identifies the user ("Identify user by": {@code ID number}, or
 * {@code Email address}, mapped to Moodle's idnumber or email) and, per grade column, the grade item it goes
 * to (or a new one). Each lesson is one grade column, named after its folder.
 *
 * <p>Moodle's importer (grade/import/csv/classes/load_data.php in github.com/moodle/moodle) aborts the whole
 * import on a row whose user it cannot find, and a row with an empty identifying cell keeps the user of the
 * row before it. So there is no row of points possible here (a grade item's maximum is set in Moodle), the
 * {@code Email address} column is there only when every student has one, and every row has an ID number (the
 * roster's identifier, or the submission's name without a roster). A student whose zip could not be
 * unpacked, or who handed in nothing, gets empty cells, which Moodle imports as no grade.
 */
public final class MoodleExport {

    public static final String FILE = "moodle.csv";
    public static final String ID_NUMBER = "ID number";
    public static final String EMAIL = "Email address";
    public static final String NAME = "Full name";

    private MoodleExport() {
    }

    public static void write(Path file, Gradebook gradebook) {
        List<String> lessons = LmsColumns.lessons(gradebook);
        List<Map<String, String>> students = gradebook.rows();
        boolean emails = !students.isEmpty() && students.stream().noneMatch(r -> r.get("email").isEmpty());
        List<String> header = new ArrayList<>(List.of(ID_NUMBER));
        if (emails) {
            header.add(EMAIL);
        }
        header.add(NAME);
        header.addAll(lessons);
        List<List<String>> rows = new ArrayList<>();
        for (Map<String, String> r : students) {
            List<String> row = new ArrayList<>(List.of(LmsColumns.identifier(r)));
            if (emails) {
                row.add(r.get("email"));
            }
            row.add(r.get("name"));
            lessons.forEach(l -> row.add(LmsColumns.points(r, l)));
            rows.add(row);
        }
        CsvFile.write(file, header, rows, false);
    }
}
