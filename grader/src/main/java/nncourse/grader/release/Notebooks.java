package nncourse.grader.release;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nncourse.grader.GraderException;

/**
 * Jupyter notebooks as learners get them: every code cell without outputs and execution count, so
 * that no chart or number of the reference solution is handed out with the notebook. The rest of the
 * notebook (cells, metadata, kernelspec) stays as it is, written the way Jupyter writes it. Their
 * {@code setup.jsh} loses the teachers' lines, which plot the solutions learners do not have.
 */
final class Notebooks {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DefaultPrettyPrinter JUPYTER_STYLE = new DefaultPrettyPrinter()
            .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
            .withObjectIndenter(new DefaultIndenter(" ", "\n"))
            .withArrayIndenter(new DefaultIndenter(" ", "\n"));

    /** The notebooks' shared first cell. */
    static final String SETUP = "setup.jsh";

    /**
     * The teachers' lines of {@link #SETUP}: from the comment that starts with this to the line naming the
     * solutions.
     */
    private static final String TEACHERS = "// TEACHERS";
    private static final String SOLUTIONS = "../solutions/";

    private Notebooks() {
    }

    /** Writes {@code setup.jsh} to {@code target} without the teachers' lines. */
    static void copySetupForLearners(Path source, Path target) throws IOException {
        List<String> kept = new ArrayList<>();
        boolean teachers = false;
        for (String line : Files.readAllLines(source, StandardCharsets.UTF_8)) {
            teachers |= line.startsWith(TEACHERS);
            if (!teachers && !line.contains(SOLUTIONS)) {
                kept.add(line);
            }
            teachers &= !line.contains(SOLUTIONS);
        }
        Files.write(target, kept, StandardCharsets.UTF_8);
    }

    /** Writes {@code source}, a {@code .ipynb} file, to {@code target} with its outputs cleared. */
    static void copyCleared(Path source, Path target) {
        JsonNode notebook;
        try {
            notebook = JSON.readTree(source.toFile());
        } catch (JsonProcessingException e) {
            throw new GraderException("the notebook " + source + " is not valid JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new GraderException("cannot read the notebook " + source + ": " + e.getMessage(), e);
        }
        try {
            Files.writeString(target, JSON.writer(JUPYTER_STYLE).writeValueAsString(cleared(notebook)) + "\n",
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new GraderException("cannot write " + target + ": " + e.getMessage(), e);
        }
    }

    static JsonNode cleared(JsonNode notebook) {
        JsonNode copy = notebook.deepCopy();
        for (JsonNode cell : copy.path("cells")) {
            if (cell instanceof ObjectNode c && "code".equals(c.path("cell_type").asText())) {
                c.putArray("outputs");
                c.putNull("execution_count");
                if (c.get("metadata") instanceof ObjectNode metadata) {
                    metadata.remove("execution");
                }
            }
        }
        return copy;
    }
}
