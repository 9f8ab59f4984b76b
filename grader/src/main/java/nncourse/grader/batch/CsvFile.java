package nncourse.grader.batch;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import nncourse.grader.GraderException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV file the grader writes for people and other programs: UTF-8, with a byte-order mark when asked
 * (Excel on Windows reads a file without one in the machine's ANSI code page, which garbles Hangul and
 * every other non-Latin name), written whole to a new file that then takes the old one's place, so
 * that a stopped grader never leaves half a file. Read back with or without the mark.
 */
public final class CsvFile {

    /** U+FEFF, which UTF-8 writes as EF BB BF. */
    public static final char BOM = '\uFEFF';

    private CsvFile() {
    }

    /** Writes the header and rows to {@code file}, in the place of what was there. */
    public static void write(Path file, List<String> header, List<? extends List<String>> rows, boolean bom) {
        StringWriter text = new StringWriter();
        if (bom) {
            text.write(BOM);
        }
        try (CSVPrinter csv = new CSVPrinter(text, CSVFormat.DEFAULT.builder()
                .setHeader(header.toArray(String[]::new)).get())) {
            for (List<String> row : rows) {
                csv.printRecord(row);
            }
            Path dir = file.toAbsolutePath().getParent();
            Path next = Files.createTempFile(dir, "." + file.getFileName() + "-", ".tmp");
            Files.writeString(next, text.toString(), StandardCharsets.UTF_8);
            Files.move(next, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new GraderException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /** The records of a CSV file whose first line is its header, a byte-order mark or not. */
    public static Table read(Path file) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            if (!text.isEmpty() && text.charAt(0) == BOM) {
                text = text.substring(1);
            }
            try (CSVParser csv = CSVParser.builder().setReader(new StringReader(text)).setFormat(CSVFormat.DEFAULT
                    .builder().setHeader().setSkipHeaderRecord(true).setIgnoreSurroundingSpaces(true).get()).get()) {
                return new Table(csv.getHeaderNames(), csv.getRecords());
            }
        } catch (IOException | IllegalArgumentException | IllegalStateException | UncheckedIOException e) {
            throw new GraderException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** A CSV file's header and records. */
    public record Table(List<String> header, List<CSVRecord> records) {

        public Table {
            header = List.copyOf(header);
            records = List.copyOf(records);
        }
    }
}
