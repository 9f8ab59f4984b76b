package nncourse.grader.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nncourse.engine.KitLesson;
import nncourse.grader.GraderException;
import nncourse.grader.batch.Gradebook;
import nncourse.grader.batch.Lms;
import nncourse.grader.batch.Roster;
import nncourse.grader.batch.Submission;
import picocli.CommandLine.Option;

/**
 * What {@code grade} writes the gradebook for: the class it belongs to ({@code --roster}), the
 * spreadsheet that opens it ({@code --no-bom}) and the LMS it goes to ({@code --lms}).
 */
final class GradebookOptions {

    @Option(names = "--roster", paramLabel = "FILE",
            description = "the class list, a CSV file: GitHub Classroom's roster download as it is, or"
                    + " identifier,name,email. A submission folder named after a student's identifier (or GitHub"
                    + " user name) is theirs; the gradebook gets their identifier, name and e-mail, and a row"
                    + " 'no submission' for each student who handed in nothing")
    private Path roster;

    @Option(names = "--no-bom", description = "write gradebook.csv without the UTF-8 byte-order mark that Excel on"
            + " Windows needs to read non-Latin names")
    private boolean noBom;

    @Option(names = "--lms", paramLabel = "LMS", split = ",", converter = Lms.Converter.class,
            description = "also write the gradebook in the import format of canvas (OUT/canvas.csv) or moodle"
                    + " (OUT/moodle.csv); both: --lms canvas,moodle")
    private List<Lms> lms = new ArrayList<>();

    /** The roster the option names, read, or none. */
    Roster roster() {
        if (roster == null) {
            return Roster.none();
        }
        if (!Files.isRegularFile(roster)) {
            throw new GraderException("--roster " + roster + " is not a file");
        }
        return Roster.read(roster);
    }

    /** The gradebook in {@code output}, as these options write it. */
    Gradebook open(Path output, List<KitLesson> lessons, Roster roster) {
        return Gradebook.open(output.resolve(Gradebook.FILE), lessons, roster, !noBom);
    }

    /** Notes on submissions that the roster does not know. */
    static List<String> strangers(Roster roster, List<Submission> submissions) {
        if (roster.isEmpty()) {
            return List.of();
        }
        List<String> unknown = submissions.stream().map(Submission::name).filter(n -> roster.find(n).isEmpty())
                .toList();
        return unknown.isEmpty() ? List.of() : List.of("not on the roster, graded under their folder's name: "
                + String.join(", ", unknown));
    }

    /** Writes the LMS files asked for, and says where. */
    void export(Path output, Gradebook gradebook, PrintWriter w) {
        for (Lms l : lms.stream().distinct().toList()) {
            l.write(output, gradebook);
            w.printf("Wrote %s for %s's gradebook import.%n", output.resolve(l.file()),
                    l.name().charAt(0) + l.name().substring(1).toLowerCase(Locale.ROOT));
        }
    }
}
