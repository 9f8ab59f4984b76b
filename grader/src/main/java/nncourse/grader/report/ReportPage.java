package nncourse.grader.report;

import static nncourse.learner.Scoreboard.number;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import nncourse.grader.GraderException;
import nncourse.grader.batch.SummaryTable;
import nncourse.grader.report.ClassReport.ExerciseStats;
import nncourse.grader.report.ClassReport.LessonStats;
import nncourse.grader.report.ClassReport.Message;
import nncourse.grader.report.ClassReport.Spread;
import nncourse.grader.report.ClassReport.TestFailures;
import nncourse.grader.report.ClassReport.Total;

/**
 * {@code report.html}: the {@link ClassReport} as one page that a teacher opens by double-clicking it,
 * offline, or mails on — so it is self-contained: the charts are PNG images inside it (data URIs), its
 * style is in it, and it loads nothing else (fonts included: the system's). Its Content-Security-Policy
 * lets it load only those: should a student's text ever escape {@link Html}, no script of theirs runs and
 * nothing is fetched. Its one script, allowed by its hash, marks each image that the browser decoded,
 * so that a test in a real browser can tell that every chart shows.
 */
public final class ReportPage {

    public static final String FILE = "report.html";

    private static final String STYLE = """
            body { font-family: system-ui, "DejaVu Sans", "Noto Sans", sans-serif; color: #1f2328; margin: 0 auto;
                   max-width: 920px; padding: 1.5em 1.5em 4em; line-height: 1.45; }
            h1 { margin-bottom: 0.2em; }
            h2 { margin-top: 2em; border-bottom: 1px solid #d0d7de; padding-bottom: 0.2em; }
            h3 { margin-top: 1.6em; }
            h4 { margin: 1.2em 0 0.4em; font-size: 1em; }
            .lead, .note, figcaption { color: #57606a; }
            figure { margin: 1em 0; }
            img { max-width: 100%; height: auto; display: block; }
            table { border-collapse: collapse; margin: 0.6em 0; }
            th, td { padding: 0.25em 0.6em; border-bottom: 1px solid #eaeef2; text-align: left; vertical-align: top; }
            td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
            .flag { color: #bc4c00; font-weight: bold; }
            ol.tests { padding-left: 1.4em; }
            ol.tests > li { margin-bottom: 0.6em; }
            .test { font-weight: 600; }
            ul.messages { list-style: none; padding-left: 0.4em; margin: 0.2em 0; }
            ul.messages li { display: flex; gap: 0.6em; margin: 0.15em 0; }
            .count { color: #57606a; min-width: 2.5em; text-align: right; font-variant-numeric: tabular-nums; }
            pre { margin: 0; white-space: pre-wrap; word-break: break-word; font-size: 0.88em; background: #f6f8fa;
                  padding: 0.15em 0.4em; border-radius: 4px; flex: 1; }
            """;

    private static final String SCRIPT = """
            addEventListener('load', function () {
              var images = document.images, shown = 0;
              for (var i = 0; i < images.length; i++) {
                if (images[i].complete && images[i].naturalWidth > 0) {
                  images[i].setAttribute('data-shown', 'true');
                  shown++;
                }
              }
              document.documentElement.setAttribute('data-images-shown', shown + '/' + images.length);
            });
            """;

    private static final String POLICY = "default-src 'none'; img-src data:; style-src " + hash(STYLE)
            + "; script-src " + hash(SCRIPT);

    private ReportPage() {
    }

    /**
     * Writes {@code report} to {@code folder}/{@value #FILE}.
     *
     * @return the file written
     */
    public static Path write(Path folder, ClassReport report) {
        Path file = folder.resolve(FILE);
        try {
            // Names and points: readable by the teacher's user alone, as the gradebook is, and never half written.
            Path next = Files.createTempFile(folder, ".report-", ".html");
            Files.writeString(next, of(report), StandardCharsets.UTF_8);
            Files.move(next, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new GraderException("cannot write " + file + ": " + e.getMessage(), e);
        }
        return file;
    }

    /** The page's HTML. */
    public static String of(ClassReport report) {
        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"").append(POLICY).append("\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>Class report</title>\n<style>").append(STYLE).append("</style>\n")
                .append("<script>").append(SCRIPT).append("</script>\n</head>\n<body>\n<h1>Class report</h1>\n");
        if (report.submissions() == 0) {
            return h.append("<p class=\"lead\">No submission was graded in this run.</p>\n</body>\n</html>\n")
                    .toString();
        }
        Spread t = report.totalSpread();
        h.append("<p class=\"lead\">").append(report.submissions())
                .append(report.submissions() == 1 ? " submission" : " submissions").append(" graded in this run, ")
                .append(number(report.points())).append(" points possible.</p>\n");
        totals(h, report, t);
        lessons(h, report);
        exercises(h, report);
        submissions(h, report);
        return h.append("</body>\n</html>\n").toString();
    }

    private static void totals(StringBuilder h, ClassReport report, Spread t) {
        h.append("<h2 id=\"totals\">Totals</h2>\n<p>Mean ").append(number(t.mean())).append(", median ")
                .append(number(t.median())).append(", half of the class between ").append(number(t.q1()))
                .append(" and ").append(number(t.q3())).append("; lowest ").append(number(t.min()))
                .append(", highest ").append(number(t.max())).append(".</p>\n");
        figure(h, () -> ReportCharts.totals(report), "Histogram of the submissions' totals, in "
                + ReportCharts.BINS + " bars of " + number(report.points() / ReportCharts.BINS) + " points",
                "Submissions per range of totals. A bar counts the totals from its first number up to its second,"
                        + " which belongs to the next bar; the last bar includes the highest total.");
    }

    private static void lessons(StringBuilder h, ClassReport report) {
        h.append("<h2 id=\"lessons\">Lessons</h2>\n");
        figure(h, () -> ReportCharts.lessons(report), "Box plot of each lesson's points across the submissions",
                "Each lesson's points as a share of what it is worth: the box holds the middle half of the class,"
                        + " the line in it is the median, the whiskers reach the lowest and highest.");
        h.append("<table>\n<tr><th>lesson</th><th class=\"n\">points</th><th class=\"n\">mean</th>"
                + "<th class=\"n\">lowest</th><th class=\"n\">25%</th><th class=\"n\">median</th>"
                + "<th class=\"n\">75%</th><th class=\"n\">highest</th><th class=\"n\">did not compile</th></tr>\n");
        for (LessonStats l : report.lessons()) {
            Spread s = l.spread();
            h.append("<tr><td>").append(Html.text(title(l))).append("</td>");
            for (double x : new double[] {l.points(), s.mean(), s.min(), s.q1(), s.median(), s.q3(), s.max()}) {
                h.append("<td class=\"n\">").append(number(x)).append("</td>");
            }
            h.append("<td class=\"n\">").append(l.flagged()).append("</td></tr>\n");
        }
        h.append("</table>\n<p class=\"note\">25% and 75%: the quartiles, a quarter of the class at or below the"
                + " first, a quarter at or above the second. Did not compile: the submissions in which some of the"
                + " lesson's code did not compile, or the lesson could not be graded.</p>\n");
    }

    private static void exercises(StringBuilder h, ClassReport report) {
        h.append("<h2 id=\"exercises\">Exercises</h2>\n");
        figure(h, () -> ReportCharts.exercises(report), "Bar chart per exercise of the mean points and the pass rate",
                "Per exercise: the mean as a share of its points, and the share of submissions that earned all of"
                        + " them.");
        for (LessonStats l : report.lessons()) {
            h.append("<h3>").append(Html.text(title(l))).append("</h3>\n<table>\n<tr><th>exercise</th>"
                    + "<th class=\"n\">points</th><th class=\"n\">mean</th><th class=\"n\">every point</th>"
                    + "<th class=\"n\">begun</th></tr>\n");
            for (ExerciseStats e : l.exercises()) {
                h.append("<tr><td>").append(Html.text(e.id() + " " + e.title())).append("</td><td class=\"n\">")
                        .append(number(e.points())).append("</td><td class=\"n\">").append(number(e.mean()))
                        .append("</td><td class=\"n\">").append(percent(e.passRate())).append("</td><td class=\"n\">")
                        .append(e.begun()).append("</td></tr>\n");
            }
            h.append("</table>\n<p class=\"note\">Every point: the share of submissions that earned all of the"
                    + " exercise's points. Begun: the submissions in which not every test of the exercise still meets"
                    + " its TODO; failed tests are counted in these alone.</p>\n");
            for (ExerciseStats e : l.exercises()) {
                if (!e.mostFailed().isEmpty()) {
                    mostFailed(h, e);
                }
            }
        }
    }

    private static void mostFailed(StringBuilder h, ExerciseStats e) {
        h.append("<h4>").append(Html.text(e.id() + " " + e.title())).append(": the tests failed most</h4>\n")
                .append("<ol class=\"tests\">\n");
        for (TestFailures t : e.mostFailed()) {
            h.append("<li><span class=\"test\">").append(Html.text(t.name())).append("</span>")
                    .append(t.hidden() && !t.name().contains("hidden") ? " (hidden test)" : "")
                    .append(" — failed in ").append(t.failures()).append(" of the ").append(e.begun())
                    .append(" submissions that began the exercise\n<ul class=\"messages\">\n");
            for (Message m : t.messages()) {
                h.append("<li><span class=\"count\">").append(m.count()).append("×</span><pre>")
                        .append(Html.text(m.text().isEmpty() ? "(no message)" : m.text())).append("</pre></li>\n");
            }
            if (t.others() > 0) {
                h.append("<li><span class=\"count\"></span>and ").append(t.others()).append(" other message")
                        .append(t.others() == 1 ? "" : "s").append("</li>\n");
            }
            h.append("</ul></li>\n");
        }
        h.append("</ol>\n");
    }

    private static void submissions(StringBuilder h, ClassReport report) {
        h.append("<h2 id=\"submissions\">Submissions</h2>\n<table>\n<tr><th>submission</th>"
                + "<th class=\"n\">total</th>");
        report.lessons().forEach(l -> h.append("<th class=\"n\">").append(Html.text(SummaryTable.shortName(l.name())))
                .append("</th>"));
        h.append("</tr>\n");
        List<Total> totals = report.totals();
        boolean anyFlagged = false;
        for (int i = 0; i < totals.size(); i++) {
            Total total = totals.get(i);
            anyFlagged |= total.flagged();
            h.append("<tr><td>").append(Html.text(total.name()))
                    .append(total.flagged() ? " <span class=\"flag\" title=\"see its feedback.md\">!</span>" : "")
                    .append("</td><td class=\"n\">").append(number(total.score())).append("</td>");
            for (LessonStats l : report.lessons()) {
                h.append("<td class=\"n\">").append(number(l.scores().get(i))).append("</td>");
            }
            h.append("</tr>\n");
        }
        h.append("</table>\n");
        if (anyFlagged) {
            h.append("<p class=\"note\"><span class=\"flag\">!</span> some of the submission's code did not"
                    + " compile, or a lesson could not be graded: its feedback.md says what.</p>\n");
        }
    }

    /**
     * A chart and its caption; a chart that cannot be drawn — a JDK without fonts throws an {@link Error}
     * from AWT — is replaced by a line that says why, so that the grading's report is still written.
     */
    private static void figure(StringBuilder h, Supplier<byte[]> chart, String alt, String caption) {
        byte[] png;
        try {
            png = chart.get();
        } catch (VirtualMachineError e) {
            throw e;
        } catch (RuntimeException | Error e) {
            h.append("<p class=\"flag\">").append(Html.text("This chart could not be drawn (" + e
                    + "). Without fonts the JDK cannot draw text: install some, e.g. sudo apt-get install"
                    + " fontconfig fonts-dejavu-core, and grade again.")).append("</p>\n");
            return;
        }
        h.append("<figure><img src=\"data:image/png;base64,").append(Base64.getEncoder().encodeToString(png))
                .append("\" width=\"").append(ReportCharts.WIDTH).append("\" height=\"").append(ReportCharts.HEIGHT)
                .append("\" alt=\"").append(Html.text(alt)).append("\">\n<figcaption>").append(Html.text(caption))
                .append("</figcaption></figure>\n");
    }

    /** "lesson-01 · Logistic regression": the folder's name in full is in the submissions' table and charts. */
    private static String title(LessonStats l) {
        String name = SummaryTable.shortName(l.name());
        return l.title().isBlank() ? name : name + " · " + l.title();
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.0f%%", 100 * share);
    }

    /** A CSP source that allows exactly {@code inline}, the whole content of a style or script element. */
    private static String hash(String inline) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(inline.getBytes(StandardCharsets.UTF_8));
            return "'sha256-" + Base64.getEncoder().encodeToString(digest) + "'";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
