package nncourse.similarity;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nncourse.grader.report.Html;

/**
 * {@code similarity.html}: one page, no script, no file beside it, that lists per lesson the pairs at or
 * above the threshold. It says what the numbers mean and what they do not: a high similarity is a reason
 * to read both submissions, not a finding.
 */
final class SimilarityPage {

    private SimilarityPage() {
    }

    static void write(Path file, List<LessonResult> lessons, double threshold) throws IOException {
        Files.writeString(file, html(lessons, threshold), StandardCharsets.UTF_8);
    }

    static String html(List<LessonResult> lessons, double threshold) {
        StringBuilder page = new StringBuilder();
        page.append("""
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8"><title>Similarity report</title>
                <style>
                body { font-family: sans-serif; max-width: 60em; margin: 2em auto; padding: 0 1em; }
                table { border-collapse: collapse; } td, th { border: 1px solid #ccc; padding: .3em .6em; }
                td.n { text-align: right; } .note { color: #555; }
                </style></head><body>
                <h1>Similarity report</h1>
                """);
        page.append("<p>Each lesson's <code>src/main/java</code> of every submission compared with every other's by ")
                .append("JPlag, the lesson's stubs taken out first. <b>Average</b>: the share of both submissions ")
                .append("that matches; <b>maximum</b>: the share of the smaller one. Pairs with an average of ")
                .append(SimilarityCsv.percent(threshold)).append(" % or more are listed. A high similarity is a ")
                .append("reason to read both submissions side by side, not a finding: short exercises with ")
                .append("precise hints leave little room to differ.</p>\n");
        for (LessonResult lesson : lessons) {
            page.append("<h2>").append(Html.text(lesson.lesson())).append("</h2>\n<p>")
                    .append(lesson.compared().size()).append(" submissions compared, ")
                    .append(lesson.pairs().size()).append(" pairs.</p>\n");
            List<SimilarPair> shown = lesson.reaching(threshold);
            if (shown.isEmpty()) {
                page.append("<p>No pair reaches ").append(SimilarityCsv.percent(threshold)).append(" %.</p>\n");
            } else {
                page.append("<table><tr><th>Submission A</th><th>Submission B</th>")
                        .append("<th>Average %</th><th>Maximum %</th></tr>\n");
                for (SimilarPair pair : shown) {
                    page.append("<tr><td>").append(Html.text(pair.first())).append("</td><td>")
                            .append(Html.text(pair.second())).append("</td><td class=\"n\">")
                            .append(SimilarityCsv.percent(pair.average())).append("</td><td class=\"n\">")
                            .append(SimilarityCsv.percent(pair.maximum())).append("</td></tr>\n");
                }
                page.append("</table>\n");
            }
            if (!lesson.notes().isEmpty()) {
                page.append("<ul class=\"note\">\n");
                lesson.notes().forEach(n -> page.append("<li>").append(Html.text(n)).append("</li>\n"));
                page.append("</ul>\n");
            }
        }
        return page.append("</body></html>\n").toString();
    }
}
