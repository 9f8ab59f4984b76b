package nncourse.similarity;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * {@code similarity.csv}: one row per pair at or above the threshold, for a spreadsheet. Similarities are
 * percentages with one decimal, written with a dot whatever the locale, so that every spreadsheet reads
 * them as numbers. UTF-8 with a byte-order mark, like the gradebook, so Excel shows Hangul names.
 */
final class SimilarityCsv {

    static final List<String> HEADER = List.of("lesson", "submission_a", "submission_b",
            "similarity_avg", "similarity_max");

    private SimilarityCsv() {
    }

    static void write(Path file, List<LessonResult> lessons, double threshold) throws IOException {
        try (Writer text = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            // Before the printer, which writes the header as it is made.
            text.write('\uFEFF');
            CSVPrinter csv = new CSVPrinter(text, CSVFormat.DEFAULT.builder()
                    .setHeader(HEADER.toArray(String[]::new)).get());
            for (LessonResult lesson : lessons) {
                for (SimilarPair pair : lesson.reaching(threshold)) {
                    csv.printRecord(pair.lesson(), pair.first(), pair.second(), percent(pair.average()),
                            percent(pair.maximum()));
                }
            }
            csv.flush();
        }
    }

    static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f", 100 * share);
    }
}
