package nncourse.learner;

import java.nio.file.Path;

/**
 * A path as the kit writes it — in notes, messages, zips and maps of files: relative, its names joined
 * by {@code /} on every system, e.g. {@code src/main/java/nncourse/lesson01/Sigmoid.java}.
 */
public final class KitPath {

    private KitPath() {
    }

    /**
     * {@code relative} with {@code /} between its names (an absolute path, say a test's folder, keeps its
     * root). A backslash counts as a separator on every system, as Windows writes one: a name made on
     * Windows reads the same wherever it is graded.
     */
    public static String of(Path relative) {
        return relative.toString().replace('\\', '/');
    }

    /** {@code file}'s path below {@code root}, e.g. {@code lesson/src/main/java/A.java} below {@code lesson}. */
    public static String of(Path root, Path file) {
        return of(root.relativize(file));
    }
}
