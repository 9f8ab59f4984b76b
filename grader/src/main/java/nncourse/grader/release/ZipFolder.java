package nncourse.grader.release;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import nncourse.grader.GraderException;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.UnixStat;

/**
 * Zips a folder under its own name ({@code edition/…}), keeping the executable bit of scripts such as
 * {@code mvnw}, so that {@code ./mvnw test} works right after unzipping.
 */
final class ZipFolder {

    private static final int EXECUTABLE = 0755;
    private static final int REGULAR = 0644;

    private ZipFolder() {
    }

    static void zip(Path folder, Path zip) {
        String root = folder.getFileName().toString();
        try (ZipArchiveOutputStream out = new ZipArchiveOutputStream(zip.toFile());
             Stream<Path> walk = Files.walk(folder)) {
            List<Path> files = walk.filter(Files::isRegularFile).sorted().toList();
            for (Path file : files) {
                String name = root + "/" + folder.relativize(file).toString().replace('\\', '/');
                ZipArchiveEntry entry = new ZipArchiveEntry(file.toFile(), name);
                entry.setUnixMode(UnixStat.FILE_FLAG | (executable(file) ? EXECUTABLE : REGULAR));
                out.putArchiveEntry(entry);
                Files.copy(file, out);
                out.closeArchiveEntry();
            }
        } catch (IOException e) {
            throw new GraderException("cannot write " + zip + ": " + e.getMessage(), e);
        }
    }

    private static boolean executable(Path file) {
        return file.getFileName().toString().equals("mvnw") || Files.isExecutable(file)
                && !file.getFileName().toString().contains(".");
    }
}
