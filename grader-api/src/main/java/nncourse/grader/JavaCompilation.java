package nncourse.grader;

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
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles Java sources in this JVM with {@code javax.tools}: no process to start, and the
 * compiler stays warm from one submission to the next. Annotation processing is off, so compiling
 * a submission never runs its code.
 */
final class JavaCompilation {

    /** A compile error where a learner finds it: file, line, and javac's words. */
    record CompileError(Path file, long line, String message) {
        @Override
        public String toString() {
            return file + ":" + line + ": " + message;
        }
    }

    private static final JavaCompiler JAVAC = ToolProvider.getSystemJavaCompiler();

    private JavaCompilation() {
    }

    /**
     * Compiles {@code sources} into {@code out}.
     *
     * @return the errors, empty when it compiled
     */
    static List<CompileError> compile(List<Path> sources, List<Path> classpath, Path out) {
        if (JAVAC == null) {
            throw new IllegalStateException("no Java compiler in this runtime: run the grader with a JDK, not a JRE");
        }
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = JAVAC.getStandardFileManager(diagnostics, Locale.ENGLISH,
                StandardCharsets.UTF_8)) {
            Files.createDirectories(out);
            List<String> options = List.of("--release", "17", "-proc:none", "-implicit:class", "-nowarn",
                    "-encoding", "UTF-8", "-Xmaxerrs", "50", "-d", out.toString(),
                    "-classpath", Stream.concat(classpath.stream(), Stream.of(out)).map(Path::toString)
                            .collect(Collectors.joining(File.pathSeparator)));
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

    /** The {@code .java} files below a folder, in a stable order; none when it does not exist. */
    static List<Path> sourcesIn(Path root) {
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
    static String className(Path root, Path source) {
        String relative = root.relativize(source).toString().replace(File.separatorChar, '.');
        return relative.substring(0, relative.length() - ".java".length());
    }
}
