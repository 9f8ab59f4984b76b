package nncourse.grader.batch;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import nncourse.learner.Messages;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;

/**
 * Unpacks the Java sources of a submitted zip, and nothing else: grading reads no other file of a
 * submission. A submission is untrusted, so entries that would land outside the target folder, links,
 * and archives that unpack to more than {@link #MAX_BYTES} are refused.
 */
public final class SafeUnzip {

    public static final long MAX_BYTES = 50L * 1024 * 1024;
    static final int MAX_FILES = 5_000;

    private SafeUnzip() {
    }

    /** Unpacks the {@code .java} entries of {@code zip} into {@code target}; an IOException says what is wrong. */
    public static void javaSources(Path zip, Path target) throws IOException {
        Path root = target.toAbsolutePath().normalize();
        Files.createDirectories(root);
        long written = 0;
        int files = 0;
        try (ZipFile archive = ZipFile.builder().setPath(zip).get()) {
            // The sizes the archive declares turn most bombs away before a byte is written; the count
            // while unpacking catches an archive that lies about them.
            long declared = Collections.list(archive.getEntries()).stream()
                    .filter(e -> !e.isDirectory() && e.getName().endsWith(".java") && e.getSize() > 0)
                    .mapToLong(ZipArchiveEntry::getSize).sum();
            if (declared > MAX_BYTES) {
                throw new IOException(tooBig());
            }
            for (ZipArchiveEntry entry : Collections.list(archive.getEntries())) {
                if (entry.isDirectory() || entry.isUnixSymlink() || !entry.getName().endsWith(".java")) {
                    continue;
                }
                Path file = root.resolve(entry.getName().replace('\\', '/')).normalize();
                if (!file.startsWith(root) || file.equals(root)) {
                    throw new IOException(Messages.get("unzip.outside", entry.getName()));
                }
                if (++files > MAX_FILES) {
                    throw new IOException(Messages.get("unzip.tooManyFiles", MAX_FILES));
                }
                Files.createDirectories(file.getParent());
                try (InputStream in = archive.getInputStream(entry); OutputStream out = Files.newOutputStream(file)) {
                    byte[] buffer = new byte[8192];
                    for (int n; (n = in.read(buffer)) > 0; ) {
                        written += n;
                        if (written > MAX_BYTES) {
                            throw new IOException(tooBig());
                        }
                        out.write(buffer, 0, n);
                    }
                }
            }
        }
    }

    private static String tooBig() {
        return Messages.get("unzip.tooBig", MAX_BYTES / (1024 * 1024));
    }
}
