package nncourse.learner;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The lessons of a kit: its folders {@code lesson-*} that carry an exercise manifest, in order. */
public final class Lessons {

    /** A lesson folder and its manifest. */
    public record Found(String name, Path dir, Manifest manifest) {}

    private Lessons() {
    }

    public static List<Found> find(Path kit) {
        try (Stream<Path> dirs = Files.list(kit)) {
            return dirs.filter(d -> d.getFileName().toString().startsWith("lesson-"))
                    .filter(d -> Files.isRegularFile(d.resolve(Manifest.LOCATION)))
                    .sorted()
                    .map(d -> new Found(d.getFileName().toString(), d, Manifest.read(d.resolve(Manifest.LOCATION))))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the lessons of " + kit, e);
        }
    }
}
