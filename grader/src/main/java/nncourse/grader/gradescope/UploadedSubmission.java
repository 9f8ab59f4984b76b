package nncourse.grader.gradescope;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nncourse.engine.Folders;
import nncourse.engine.JavaCompilation;
import nncourse.engine.KitLesson;
import nncourse.engine.SubmittedSources;
import nncourse.grader.batch.SafeUnzip;
import nncourse.grader.batch.Submission;
import nncourse.learner.KitPath;

/**
 * What a learner uploads to Gradescope, as the grader takes it: the whole student edition, a zip of
 * it, or only the lesson source files ({@code Sigmoid.java}, {@code Neuron.java}…). Zips are unpacked
 * safely; a loose source file goes to the lesson whose package it declares; test sources are ignored.
 */
public final class UploadedSubmission {

    private UploadedSubmission() {
    }

    /**
     * Lays out {@code upload} (Gradescope's {@code /autograder/submission}) in {@code work} as a copy of
     * the student edition, one {@code <lesson>/src/main/java} per lesson.
     */
    public static Submission read(Path upload, Path work, List<KitLesson> lessons) throws IOException {
        Path files = work.resolve("uploaded");
        copyJavaAndUnzip(upload, files);
        Submission asUploaded = Submission.of("submission", files);
        Map<String, String> lessonOfPackage = new HashMap<>();
        for (KitLesson lesson : lessons) {
            packageOf(lesson.stubSources()).ifPresent(p -> lessonOfPackage.put(p, lesson.name()));
        }
        Path laidOut = work.resolve("submission");
        for (KitLesson lesson : lessons) {
            Optional<Path> edition = asUploaded.sources(lesson.name());
            if (edition.isPresent()) {
                Folders.copy(edition.get(), laidOut.resolve(lesson.name()).resolve("src/main/java"));
            }
        }
        for (Path f : JavaCompilation.sourcesIn(files)) {
            String relative = KitPath.of(files, f);
            if (relative.contains("src/test/") || relative.matches("(.*/)?lesson-[^/]+/src/main/java/.*")) {
                continue;
            }
            String pkg = declaredPackage(f).orElse("");
            String lesson = lessonOfPackage.get(pkg);
            if (lesson == null) {
                continue;
            }
            Path target = laidOut.resolve(lesson).resolve("src/main/java").resolve(pkg.replace('.', '/'))
                    .resolve(f.getFileName().toString());
            if (!Files.exists(target)) {
                Files.createDirectories(target.getParent());
                Files.copy(f, target);
            }
        }
        Files.createDirectories(laidOut);
        return Submission.of("submission", laidOut);
    }

    /** Copies the {@code .java} files of {@code from} (no links) and unpacks the Java sources of its zips. */
    private static void copyJavaAndUnzip(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        if (!Files.isDirectory(from)) {
            return;
        }
        Files.walkFileTree(from, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
                Path target = to.resolve(from.relativize(file).toString());
                if (!attrs.isRegularFile() || attrs.size() > SafeUnzip.MAX_BYTES) {
                    return FileVisitResult.CONTINUE;
                }
                if (name.endsWith(".zip")) {
                    SafeUnzip.javaSources(file, target.resolveSibling(name + ".unzipped"));
                } else if (name.endsWith(".java") && attrs.size() <= SubmittedSources.MAX_FILE_BYTES) {
                    Files.createDirectories(target.getParent());
                    Files.copy(file, target, LinkOption.NOFOLLOW_LINKS);
                }
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private static Optional<String> packageOf(Path stubs) throws IOException {
        Optional<Path> any = JavaCompilation.sourcesIn(stubs).stream().findFirst();
        return any.isEmpty() ? Optional.empty() : declaredPackage(any.get());
    }

    private static Optional<String> declaredPackage(Path source) throws IOException {
        return SubmittedSources.packageOf(new String(Files.readAllBytes(source), StandardCharsets.ISO_8859_1));
    }
}
