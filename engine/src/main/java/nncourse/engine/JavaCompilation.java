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
import nncourse.learner.KitPath;
import nncourse.learner.Messages;

/**
 * Compiles Java sources in this JVM with {@code javax.tools}: no process to start, and the
 * compiler stays warm from one submission to the next. Annotation processing is off, so compiling
 * a submission never runs its code. An instance keeps its file manager open, which keeps the class
 * path's jars indexed between compilations (about a third of a small compilation's time); it is for
 * one thread at a time.
 */
public final class JavaCompilation implements AutoCloseable {

    /**
     * A compile error where a learner finds it: file, line and column (0 when javac gives none), javac's
     * words, and the source line it is on (empty when there is none).
     */
    public record CompileError(String file, long line, long column, String message, String source) {

        public CompileError {
            source = source == null ? "" : source;
        }

        /** An error that belongs to no file, e.g. javac crashing. */
        static CompileError general(String message) {
            return new CompileError("", 0, 0, message, "");
        }

        public Path path() {
            return Path.of(file);
        }

        /**
         * The error as a learner reads it: where ({@code src/main/java/…/Sigmoid.java:12:5}, below {@code root}),
         * what javac says, and the source line with a caret under the column.
         */
        public String shown(Path root) {
            if (file.isEmpty()) {
                return message;
            }
            Path where = path().startsWith(root) ? root.relativize(path()) : path().getFileName();
            String head = KitPath.of(where) + ":" + line + ":" + column + ": " + message;
            String code = source.strip();
            if (code.isEmpty()) {
                return head;
            }
            int indent = source.indexOf(code);
            int at = (int) Math.max(0, Math.min(column - 1 - indent, code.length()));
            return head + "\n    " + code + "\n    " + code.substring(0, at).replaceAll("[^\t]", " ") + "^";
        }

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
        StringWriter said = new StringWriter();
        boolean compiled;
        try {
            Files.createDirectories(out);
            files.setLocationFromPaths(StandardLocation.CLASS_OUTPUT, List.of(out));
            files.setLocationFromPaths(StandardLocation.CLASS_PATH, Stream.concat(classpath.stream(), Stream.of(out))
                    .toList());
            List<String> options = new ArrayList<>(List.of("-proc:none", "-implicit:class", "-nowarn",
                    "-encoding", "UTF-8", "-Xmaxerrs", "50"));
            options.addAll(RELEASE);
            compiled = JAVAC.getTask(said, files, diagnostics, options, null,
                    files.getJavaFileObjectsFromPaths(sources)).call();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<CompileError> errors = new ArrayList<>();
        for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
            if (d.getKind() == Diagnostic.Kind.ERROR) {
                Path file = d.getSource() == null ? Path.of("?") : Path.of(d.getSource().toUri());
                errors.add(new CompileError(file.toString(), Math.max(0, d.getLineNumber()),
                        Math.max(0, d.getColumnNumber()), d.getMessage(Locale.ENGLISH).strip(),
                        sourceLine(file, d.getLineNumber())));
            }
        }
        if (!compiled && errors.isEmpty()) {
            // javac gave up without a diagnostic (a stack overflow, say) and said why on its own output.
            String why = said.toString().lines().map(String::strip)
                    .filter(l -> l.matches("[\\w.$]+(Error|Exception)\\b.*")).findFirst().orElse("javac failed");
            errors.add(CompileError.general(Messages.get("javac.crashed", why)));
        }
        return errors;
    }

    private static String sourceLine(Path file, long line) {
        if (line < 1 || !Files.isRegularFile(file)) {
            return "";
        }
        try (Stream<String> lines = Files.lines(file, StandardCharsets.UTF_8)) {
            return lines.skip(line - 1).findFirst().orElse("");
        } catch (IOException | UncheckedIOException e) {
            return "";
        }
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
