package nncourse.learner;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.stream.Stream;

/** When files last changed: what tells results, or classes, older than the sources they came from. */
final class FileTimes {

    /** The time of no file at all. */
    static final FileTime NEVER = FileTime.fromMillis(0);

    private FileTimes() {
    }

    /**
     * The newest modification time of the regular files below {@code root} whose names end with
     * {@code suffix} ({@code ""} for all); {@link #NEVER} when there is none. A file whose time cannot
     * be read (gone meanwhile) counts as never changed.
     */
    static FileTime newest(Path root, String suffix) {
        if (!Files.isDirectory(root)) {
            return NEVER;
        }
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> f.toString().endsWith(suffix) && Files.isRegularFile(f))
                    .map(FileTimes::modified).max(FileTime::compareTo).orElse(NEVER);
        } catch (IOException | UncheckedIOException e) {
            return NEVER;
        }
    }

    /** When {@code file} last changed; {@link #NEVER} when that cannot be read. */
    static FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            return NEVER;
        }
    }
}
