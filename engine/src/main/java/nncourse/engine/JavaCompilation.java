package nncourse.engine;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;

/**
 * Compiles Java sources in this JVM with {@code javax.tools}: no process to start, and the
 * compiler stays warm from one submission to the next. Annotation processing is off, so compiling
 * a submission never runs its code. An instance keeps its file manager open, which keeps the class
 * path's jars indexed between compilations (about a third of a small compilation's time); it is for
 * one thread at a time.
 */
public final class JavaCompilation implements AutoCloseable {

    /** A compile error where a learner finds it: file, line, and javac's words. */
    public record CompileError(Path file, long line, String message) {
        @Override
        public String toString() {
            return file + ":" + line + ": " + message;
        }
    }

    private static final JavaCompiler JAVAC = ToolProvider.getSystemJavaCompiler();
    /**
     * The lessons' Java, 17: on a newer JDK, {@code --release 17} holds sources to Java 17's language and
     * API. On 17 itself that is what javac compiles against anyway, and the option costs each compilation
     * the opening of its API description.
     */
    private static final List<String> RELEASE = Runtime.version().feature() == 17 ? List.of()
            : List.of("--release", "17");

    private final StandardJavaFileManager files;

    JavaCompilation() {
        if (JAVAC == null) {
            throw new IllegalStateException("no Java compiler in this runtime: run the grader with a JDK, not a JRE");
        }
        files = JAVAC.getStandardFileManager(null, Locale.ENGLISH, StandardCharsets.UTF_8);
    }

    /** Compiles {@code sources} into {@code out} with a compiler of its own: for a compilation done once. */
    public static List<CompileError> compile(List<Path> sources, List<Path> classpath, Path out) {
        try (JavaCompilation javac = new JavaCompilation()) {
            return javac.run(sources, classpath, out);
        }
    }

    /**
     * Compiles {@code sources} into {@code out}, against {@code classpath} and what {@code out} holds.
     *
     * @return the errors, empty when it compiled
     */
    List<CompileError> run(List<Path> sources, List<Path> classpath, Path out) {
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try {
            Files.createDirectories(out);
            files.setLocationFromPaths(StandardLocation.CLASS_OUTPUT, List.of(out));
            files.setLocationFromPaths(StandardLocation.CLASS_PATH, Stream.concat(classpath.stream(), Stream.of(out))
                    .toList());
            List<String> options = new ArrayList<>(List.of("-proc:none", "-implicit:class", "-nowarn",
                    "-encoding", "UTF-8", "-Xmaxerrs", "50"));
            options.addAll(RELEASE);
            JAVAC.getTask(new StringWriter(), files, diagnostics, options, null,
                    files.getJavaFileObjectsFromPaths(sources)).call();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<CompileError> errors = new ArrayList<>();
        for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
            if (d.getKind() == Diagnostic.Kind.ERROR) {
                Path file = d.getSource() == null ? Path.of("?") : Path.of(d.getSource().toUri());
                errors.add(new CompileError(file, d.getLineNumber(), d.getMessage(Locale.ENGLISH).strip()));
            }
        }
        return errors;
    }

    @Override
    public void close() {
        try {
            files.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The {@code .java} files below a folder, in a stable order; none when it does not exist. */
    public static List<Path> sourcesIn(Path root) {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> f.toString().endsWith(".java") && Files.isRegularFile(f)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code root/nncourse/lesson01/SigmoidTest.java} → {@code nncourse.lesson01.SigmoidTest}. */
    public static String className(Path root, Path source) {
        String relative = root.relativize(source).toString().replace(File.separatorChar, '.');
        return relative.substring(0, relative.length() - ".java".length());
    }
}
