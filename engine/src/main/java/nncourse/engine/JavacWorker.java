package nncourse.engine;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import nncourse.engine.JavaCompilation.CompileError;

/**
 * The JVM where {@link Javac} compiles submissions: javac kept warm, but out of the grader's JVM, so that
 * a source that makes javac run for minutes, eat memory or overflow its stack costs a killed process, not
 * the grader. It reads one {@link Javac.Request} a line and answers each with a {@link Javac.Response}.
 * It runs no code of a submission: annotation processing is off.
 */
public final class JavacWorker {

    private JavacWorker() {
    }

    public static void main(String[] args) throws Exception {
        ObjectMapper json = new ObjectMapper();
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        try (JavaCompilation javac = new JavaCompilation()) {
            for (String line; (line = in.readLine()) != null; ) {
                Javac.Request request = json.readValue(line, Javac.Request.class);
                Javac.Response response;
                try {
                    List<CompileError> errors = javac.run(request.sources().stream().map(Path::of).toList(),
                            request.classpath().stream().map(Path::of).toList(), Path.of(request.out()));
                    response = new Javac.Response(request.id(), errors, null);
                } catch (StackOverflowError e) {
                    response = new Javac.Response(request.id(), List.of(), "StackOverflowError");
                } catch (RuntimeException | Error e) {
                    Throwable cause = e.getCause() != null ? e.getCause() : e;
                    response = new Javac.Response(request.id(), List.of(),
                            cause.getClass().getSimpleName()
                                    + (cause.getMessage() == null ? "" : ": " + cause.getMessage()));
                }
                out.println(json.writeValueAsString(response));
            }
        }
    }
}
