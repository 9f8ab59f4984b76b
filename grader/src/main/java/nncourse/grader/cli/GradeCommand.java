package nncourse.grader.cli;

import static nncourse.learner.Scoreboard.fraction;
import static nncourse.learner.Scoreboard.number;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import nncourse.engine.Folders;
import nncourse.engine.KitLesson;
import nncourse.engine.Limits;
import nncourse.engine.Sandbox;
import nncourse.grader.GraderException;
import nncourse.grader.batch.BatchGrader;
import nncourse.grader.batch.Example;
import nncourse.grader.batch.Feedback;
import nncourse.grader.batch.Gradebook;
import nncourse.grader.batch.GradescopeResults;
import nncourse.grader.batch.NotGraded;
import nncourse.grader.batch.Progress;
import nncourse.grader.batch.Regrades;
import nncourse.grader.batch.Roster;
import nncourse.grader.batch.Submission;
import nncourse.grader.batch.SubmissionGrade;
import nncourse.grader.batch.SubmissionSummary;
import nncourse.grader.batch.Submissions;
import nncourse.grader.batch.SummaryTable;
import nncourse.grader.report.ClassReport;
import nncourse.grader.report.ReportPage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code grader grade --kit . [--submissions DIR] --out OUT}: grades every submission in DIR (or the
 * kit's example submissions) with the public and hidden tests, and writes the gradebook, and each
 * submission's feedback and Gradescope results. It ends with exit status {@value NotGraded#EXIT_STATUS}
 * when some submission could not be graded, so that a script does not take its 0 for a grade.
 */
@Command(name = "grade", mixinStandardHelpOptions = true,
        description = {"Grades every subfolder or .zip file of DIR as one submission (a copy of the student"
                + " edition): each lesson's src/main/java is compiled and graded with the public and hidden"
                + " tests; the submission's own tests and build files are ignored. Writes OUT/gradebook.csv"
                + " (merged into the one already there), OUT/<submission>/feedback.md,"
                + " OUT/<submission>/results.json (Gradescope's format) and the class report OUT/report.html."
                + " Exit status 3: some submission could not be graded.",
                "Without --submissions it grades the example submissions in grader/examples.", ""})
final class GradeCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--kit", defaultValue = ".", paramLabel = "KIT",
            description = "the course kit's folder, with solutions/ (default: the current folder)")
    private Path kit;

    @Option(names = "--submissions", paramLabel = "DIR",
            description = "the folder of submissions (default: the kit's example submissions)")
    private Path submissions;

    @Option(names = "--out", required = true, paramLabel = "OUT", description = "where to write the results")
    private Path out;

    @Option(names = {"-j", "--jobs"}, paramLabel = "N",
            description = "submissions graded at once, each in its own JVM (default: one per core, ${DEFAULT-VALUE})")
    private int jobs = Runtime.getRuntime().availableProcessors();

    @Option(names = "--resume", description = "grade only the submissions that OUT/gradebook.csv has no row for yet:"
            + " to finish a grading that was stopped")
    private boolean resume;

    @Option(names = "--only", arity = "1..*", paramLabel = "NAME", description = "grade only these submissions of"
            + " DIR (late or corrected ones): their rows in OUT/gradebook.csv are replaced, the others kept")
    private List<String> only;

    @Mixin
    private LimitOptions limitOptions;

    @Mixin
    private GradebookOptions gradebookOptions;

    @Override
    public Integer call() throws IOException {
        PrintWriter w = spec.commandLine().getOut();
        if (jobs < 1) {
            throw new GraderException("--jobs must be at least 1, not " + jobs);
        }
        if (resume && submissions == null) {
            throw new GraderException("--resume continues the grading of --submissions DIR; name the folder");
        }
        if (only != null && submissions == null) {
            throw new GraderException("--only grades some of --submissions DIR; name the folder");
        }
        Limits limits = limitOptions.limits();
        Roster roster = gradebookOptions.roster();
        Path root = Kit.root(kit);
        List<KitLesson> lessons = Kit.gradedLessons(root);
        Path output = out.toAbsolutePath().normalize();
        if (Files.isRegularFile(output)) {
            throw new GraderException("--out " + output + " is a file; name a folder");
        }
        Path work = Files.createTempDirectory("nn-grade-");
        try {
            List<String> notes = new ArrayList<>();
            List<Example> examples = submissions == null ? Example.in(root) : List.of();
            List<Submission> all = new ArrayList<>();
            Regrades regrades = new Regrades();
            if (submissions == null) {
                w.printf("No --submissions given: grading the %d example submissions of %s.%n", examples.size(),
                        root.relativize(root.resolve("grader/examples")));
                for (Example e : examples) {
                    w.printf("  %-18s %s%n", e.name(), e.description());
                    all.add(e.build(root, lessons, work.resolve(e.name())));
                }
            } else {
                all.addAll(Submissions.in(submissions.toAbsolutePath().normalize(), work.resolve("unzipped"), notes));
            }
            if (only != null) {
                all.retainAll(only(all, only));
            }
            notes.addAll(GradebookOptions.strangers(roster, all));
            Files.createDirectories(output);
            Gradebook gradebook = gradebookOptions.open(output, lessons, roster);
            if (resume) {
                Set<String> done = gradebook.graded();
                int before = all.size();
                all.removeIf(s -> done.contains(s.name()));
                notes.add("--resume: " + (before - all.size()) + " submissions already in the gradebook are left as"
                        + " they are");
            }
            // No submission's code may see the kit, the other submissions or the results.
            Sandbox.hide(submissions == null ? List.of(root, work, output)
                    : List.of(root, submissions.toAbsolutePath().normalize(), work, output));
            notes.forEach(n -> w.println("Note: " + n));
            w.printf("Grading %d submission%s × %d lessons with the public and hidden tests, %d at a time"
                    + " (%s a test, %s a lesson)…%n", all.size(), all.size() == 1 ? "" : "s", lessons.size(),
                    Math.min(jobs, all.size()), DurationConverter.show(limits.testTimeout()),
                    DurationConverter.show(limits.lessonTimeout()));
            w.flush();
            // Each submission's files and gradebook row are written as soon as it is graded, and only its
            // points are kept: the grader's memory does not grow with the number of submissions.
            Map<String, SubmissionSummary> graded = new ConcurrentHashMap<>();
            try (Progress progress = Progress.of(all.size(), w)) {
                new BatchGrader(lessons, limits, jobs).gradeEach(all, g -> {
                    write(output, g);
                    SubmissionSummary summary = SubmissionSummary.of(g);
                    graded.put(g.name(), summary);
                    gradebook.put(summary).ifPresent(before -> regrades.regraded(before, summary));
                    progress.graded(g);
                });
            }
            gradebook.write();
            List<SubmissionSummary> grades = all.stream().map(s -> graded.get(s.name())).toList();
            w.println();
            w.print(SummaryTable.of(lessons, grades));
            if (!regrades.changes().isEmpty()) {
                w.printf("%n%s (kept in %s)%n", regrades.summary(), output.resolve(Regrades.FILE));
                regrades.keep(output);
            }
            w.printf("%nWrote %s, and feedback.md and results.json (Gradescope's format) in %s/<submission>/.%n",
                    output.resolve(Gradebook.FILE), output);
            w.printf("Wrote the class report %s.%n", ReportPage.write(output, ClassReport.of(lessons, grades)));
            gradebookOptions.export(output, gradebook, w);
            int status = examples.isEmpty() ? 0 : checkExamples(w, lessons, examples, grades);
            String notGraded = NotGraded.summary(grades);
            if (!notGraded.isEmpty()) {
                w.printf("%n%s%n", notGraded);
                return status != 0 ? status : NotGraded.EXIT_STATUS;
            }
            return status;
        } finally {
            Folders.delete(work);
        }
    }

    /** The submissions named by --only; a name that is none of them is refused. */
    private static List<Submission> only(List<Submission> all, List<String> names) {
        List<String> known = all.stream().map(Submission::name).toList();
        List<String> unknown = names.stream().filter(n -> !known.contains(n)).toList();
        if (!unknown.isEmpty()) {
            throw new GraderException("--only " + String.join(", ", unknown) + ": no such submission in --submissions"
                    + " (there are " + String.join(", ", known.size() <= 10 ? known : known.subList(0, 10))
                    + (known.size() <= 10 ? "" : ", …") + ")");
        }
        return all.stream().filter(s -> names.contains(s.name())).toList();
    }

    /** Writes a submission's feedback.md and results.json. */
    private static void write(Path output, SubmissionGrade g) {
        Path dir = output.resolve(g.name());
        try {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve(Feedback.FILE), Feedback.of(g));
        } catch (IOException e) {
            throw new GraderException("cannot write " + dir.resolve(Feedback.FILE) + ": " + e.getMessage(), e);
        }
        GradescopeResults.write(dir.resolve(GradescopeResults.FILE), g);
    }

    /** Says whether each example earned the points its descriptor states; 1 when one did not. */
    private static int checkExamples(PrintWriter w, List<KitLesson> lessons, List<Example> examples,
                                     List<SubmissionSummary> grades) {
        List<String> wrong = new ArrayList<>();
        for (int i = 0; i < examples.size(); i++) {
            wrong.addAll(mismatches(examples.get(i), lessons, grades.get(i)));
        }
        w.println();
        for (int i = 0; i < examples.size(); i++) {
            Example e = examples.get(i);
            SubmissionSummary g = grades.get(i);
            w.printf("Example %-18s %9s   expected %s%n", e.name(), fraction(g.score(), g.points()),
                    number(e.expectedTotal()));
        }
        if (wrong.isEmpty()) {
            w.println("Every example earned the points its example.yaml states.");
            return 0;
        }
        w.println("Not as expected:");
        wrong.forEach(m -> w.println("  - " + m));
        return 1;
    }

    static List<String> mismatches(Example example, List<KitLesson> lessons, SubmissionSummary grade) {
        List<String> wrong = new ArrayList<>();
        for (var expected : example.expected().entrySet()) {
            int i = lessons.stream().map(KitLesson::name).toList().indexOf(expected.getKey());
            if (i < 0) {
                wrong.add(example.name() + ": expects points for " + expected.getKey()
                        + ", which the kit does not have");
            } else if (Math.abs(grade.lessons().get(i).score() - expected.getValue()) > 1e-6) {
                wrong.add(example.name() + ": " + expected.getKey() + " earned "
                        + number(grade.lessons().get(i).score()) + ", expected " + number(expected.getValue()));
            }
        }
        for (KitLesson lesson : lessons) {
            if (!example.expected().containsKey(lesson.name())) {
                wrong.add(example.name() + ": states no expected points for " + lesson.name());
            }
        }
        return wrong;
    }
}
