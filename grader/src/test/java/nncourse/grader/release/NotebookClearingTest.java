package nncourse.grader.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("A notebook in the student edition")
class NotebookClearingTest {

    private static final String NOTEBOOK = """
            {"cells": [
              {"cell_type": "markdown", "metadata": {}, "source": ["# σ(z)"]},
              {"cell_type": "code", "execution_count": 7,
               "metadata": {"execution": {"iopub.status.busy": "x"}, "tags": ["chart"]},
               "outputs": [{"output_type": "display_data", "data": {"image/png": "iVBOR..."}, "metadata": {}}],
               "source": ["Sigmoid.sigmoid(0)"]}
             ],
             "metadata": {"kernelspec": {"name": "java", "display_name": "Java", "language": "java"}},
             "nbformat": 4, "nbformat_minor": 5}
            """;

    @TempDir
    Path dir;

    @Test
    @DisplayName("has its code cells' outputs and execution counts cleared, and keeps everything else")
    void clearsOutputs() throws IOException {
        Path source = Files.writeString(dir.resolve("01.ipynb"), NOTEBOOK, StandardCharsets.UTF_8);
        Path target = dir.resolve("out.ipynb");
        Notebooks.copyCleared(source, target);
        JsonNode nb = new ObjectMapper().readTree(target.toFile());
        JsonNode code = nb.at("/cells/1");
        assertEquals(0, code.get("outputs").size());
        assertTrue(code.get("execution_count").isNull());
        assertFalse(code.at("/metadata").has("execution"));
        assertEquals("chart", code.at("/metadata/tags/0").asText());
        assertEquals("Sigmoid.sigmoid(0)", code.at("/source/0").asText());
        assertEquals("# σ(z)", nb.at("/cells/0/source/0").asText());
        assertEquals("java", nb.at("/metadata/kernelspec/name").asText());
        assertFalse(Files.readString(target).contains("iVBOR"));
    }
}
