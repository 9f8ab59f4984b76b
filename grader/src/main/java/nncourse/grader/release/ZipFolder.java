package nncourse.grader.release;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import nncourse.grader.GraderException;
import nncourse.learner.KitPath;
import org.apache.commons.compress.archivers.zip.UnixStat;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;

/**
 * Zips a folder under its own name ({@code edition/…}), keeping the executable bit of scripts such as
 * {@code mvnw}, so that {@code ./mvnw test} works right after unzipping.
 */
public final class ZipFolder {

    private static final int EXECUTABLE = 0755;
    private static final int REGULAR = 0644;

    private ZipFolder() {
    }

    /** Zips {@code folder} with its files below a top folder of the same name. */
    static void zip(Path folder, Path zip) {
        zip(folder, zip, folder.getFileName() + "/");
    }

    /** Zips {@code folder} with its files below {@code prefix} (empty: at the zip's root). */
    public static void zip(Path folder, Path zip, String prefix) {
        try (ZipArchiveOutputStream out = new ZipArchiveOutputStream(zip.toFile());
             Stream<Path> walk = Files.walk(folder)) {
            List<Path> files = walk.filter(Files::isRegularFile).sorted().toList();
            for (Path file : files) {
                String name = prefix + KitPath.of(folder, file);
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
        String name = file.getFileName().toString();
        return name.equals("mvnw") || name.endsWith(".sh") || Files.isExecutable(file) && !name.contains(".");
    }
}
