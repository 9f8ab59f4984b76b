package nncourse.grader.batch;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nncourse.grader.GraderException;

/**
 * A solution with one edit: in {@code file}, the one place where {@code find} matches becomes {@code replace}.
 * The kit writes every such edit one way — a mutant of a solution, an example submission's slip, an attack
 * of the hostile corpus — as an entry of a YAML list, and reads it here:
 * <pre>
 * - name: bias-left-out-of-z
 *   file: nncourse/lesson02/Neuron.java
 *   find: |
 *     return z + b;
 *   replace: |
 *     return z;
 * </pre>
 * {@code name} says which edit a message is about, and is unique in its list. {@code file} is relative to the
 * folder the edit is made in, which the list's reader names (a lesson's {@code src/main/java} for a mutant,
 * the submission for an example). An entry has further fields only where its reader asks for them (a
 * mutant's {@code expect} and {@code message}), and these are text too.
 *
 * <p>{@code find} and {@code replace} are literal block scalars, so that code reads as code, without escapes;
 * YAML takes the block's indentation off. How a find matches depends on how its block ends:
 * <ul>
 *   <li><b>whole lines</b>, {@code |}, which keeps the block's last line break: find's lines match whole
 *       lines of the file, compared without their indentation, so the block may be indented as the file is
 *       or not at all. They become replace's lines, each indented like the first line found plus its own
 *       indentation in the block; an empty replace deletes them;</li>
 *   <li><b>a piece of text</b>, {@code |-}, which strips the last line break (as a one-line quoted scalar
 *       has none): find matches anywhere in a line, each line break in it standing for a line break and any
 *       indentation. It becomes replace, whose lines after the first are indented as above.</li>
 * </ul>
 * A find must match exactly once in the file, and a replace ends as its find does (an empty one fits
 * either); the file keeps its line breaks. Every problem is told with {@code where} — the YAML file and the
 * entry's line — and the edit's name.
 */
public record SolutionEdit(String name, String file, String find, String replace, Map<String, String> more,
                           String where) {

    private static final List<String> FIELDS = List.of("name", "file", "find", "replace");
    /** Reads YAML, refusing a key given twice in a mapping. */
    static final YAMLMapper YAML = YAMLMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    private static final String INDENT = "[ \\t]*";
    private static final String LINE_BREAK = INDENT + "(\\r?\\n)" + INDENT;

    public SolutionEdit {
        more = Collections.unmodifiableMap(new LinkedHashMap<>(more));
    }

    /** The edits listed in a YAML file, whose entries may also have the fields {@code more}. */
    public static List<SolutionEdit> read(Path yaml, Set<String> more) {
        try (JsonParser p = YAML.createParser(yaml.toFile())) {
            p.nextToken();
            List<SolutionEdit> edits = read(p, yaml, more);
            if (p.nextToken() != null) {
                throw new GraderException(yaml + ":" + p.currentTokenLocation().getLineNr()
                        + ": one list of edits is all this file may hold");
            }
            return edits;
        } catch (JsonProcessingException e) {
            throw new GraderException(yaml + ":" + e.getLocation().getLineNr() + ": " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new GraderException("cannot read " + yaml + ": " + e.getMessage(), e);
        }
    }

    /** The list of edits the parser is at, in {@code yaml}, its entries read as {@link #read(Path, Set)} does. */
    static List<SolutionEdit> read(JsonParser p, Path yaml, Set<String> more) throws IOException {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            throw new GraderException(yaml + ":" + lineOf(p) + ": expected a list of edits, each starting with"
                    + " '- name:'");
        }
        List<SolutionEdit> edits = new ArrayList<>();
        Set<String> names = new HashSet<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
            String where = yaml + ":" + lineOf(p);
            SolutionEdit edit = entry(p.readValueAsTree(), where, more);
            if (!names.add(edit.name())) {
                throw edit.problem("another edit of " + yaml + " has this name; give each its own");
            }
            edits.add(edit);
        }
        return List.copyOf(edits);
    }

    private static int lineOf(JsonParser p) {
        return p.currentTokenLocation().getLineNr();
    }

    private static SolutionEdit entry(JsonNode entry, String where, Set<String> more) {
        if (entry == null || !entry.isObject()) {
            throw new GraderException(where + ": an edit is a mapping of " + String.join(", ", FIELDS)
                    + ", not " + kind(entry));
        }
        String name = entry.path("name").isTextual() ? entry.get("name").asText() : "(no name)";
        String at = where + " (" + name + ")";
        for (Iterator<String> fields = entry.fieldNames(); fields.hasNext(); ) {
            String field = fields.next();
            if (!FIELDS.contains(field) && !more.contains(field)) {
                throw new GraderException(at + ": unknown field '" + field + "'; an edit has " + String.join(", ",
                        FIELDS) + (more.isEmpty() ? "" : ", and here " + String.join(", ", new TreeSet<>(more))));
            }
            if (!entry.get(field).isTextual()) {
                throw new GraderException(at + ": " + field + " must be text (for code, a block scalar: '"
                        + field + ": |' and the lines below it, indented), not " + kind(entry.get(field)));
            }
        }
        for (String field : FIELDS) {
            if (!entry.has(field)) {
                throw new GraderException(at + ": " + field + " is missing; an edit has " + String.join(", ", FIELDS)
                        + (field.equals("replace") ? " (an empty replace, '', deletes what find matches)" : ""));
            }
        }
        for (String field : List.of("name", "file", "find")) {
            if (entry.get(field).asText().isBlank()) {
                throw new GraderException(at + ": " + field + " is empty");
            }
        }
        Map<String, String> values = new LinkedHashMap<>();
        more.stream().filter(entry::has).forEach(field -> values.put(field, entry.get(field).asText()));
        SolutionEdit edit = new SolutionEdit(name, entry.get("file").asText().strip(), entry.get("find").asText(),
                entry.get("replace").asText(), values, where);
        if (!edit.replace().isEmpty() && edit.wholeLines() != edit.replace().endsWith("\n")) {
            throw edit.problem(edit.wholeLines()
                    ? "find is whole lines ('find: |') but replace is a piece of text ('replace: |-'); end both alike"
                    : "find is a piece of text ('find: |-') but replace is whole lines ('replace: |'); end both alike");
        }
        return edit;
    }

    private static String kind(JsonNode node) {
        return node == null ? "nothing" : node.getNodeType().toString().toLowerCase(Locale.ROOT);
    }

    /** Whether find stands for whole lines: it ends with a line break, as a {@code |} block does. */
    public boolean wholeLines() {
        return find.endsWith("\n");
    }

    /** Makes the edit in {@code folder}: {@code file} there, read and written as UTF-8. */
    public void applyIn(Path folder) {
        Path root = folder.toAbsolutePath().normalize();
        Path target = root.resolve(file).normalize();
        if (!target.startsWith(root) || !Files.isRegularFile(target)) {
            throw problem(file + " is not a file of " + folder);
        }
        try {
            Files.writeString(target, applyTo(Files.readString(target, StandardCharsets.UTF_8)),
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw problem("cannot edit " + target + ": " + e.getMessage());
        }
    }

    /** {@code text}, the text of {@code file}, with the one match of find replaced. */
    public String applyTo(String text) {
        Matcher m = pattern(wholeLines() ? chop(find) : find, wholeLines()).matcher(text);
        List<Integer> lines = new ArrayList<>();
        while (m.find()) {
            lines.add(lineAt(text, m.start()));
        }
        if (lines.isEmpty()) {
            boolean asText = wholeLines() && pattern(chop(find), false).matcher(text).find();
            throw problem("find does not occur in " + file + (asText ? " as whole lines (it does within a line:"
                    + " for a piece of a line, write 'find: |-')" : ""));
        }
        if (lines.size() > 1) {
            throw problem("find occurs " + lines.size() + " times in " + file + " (lines " + lines.toString()
                    .replaceAll("[\\[\\]]", "") + "); it must name one place: make it longer");
        }
        m.reset().find();
        String lineBreak = m.group().contains("\r\n") ? "\r\n" : "\n";
        String indent = wholeLines() ? m.group(1) : indentOfLineAt(text, m.start());
        String replacement = indented(wholeLines() ? chop(replace) : replace, indent, lineBreak);
        if (wholeLines() && !replace.isEmpty()) {
            replacement += m.group(m.groupCount());
        }
        return text.substring(0, m.start()) + replacement + text.substring(m.end());
    }

    /**
     * {@code find}, without its last line break, as a regular expression: its lines quoted, joined by line breaks
     * with any indentation; whole lines capture the first line's indentation (group 1) and the last line's break
     * (the last group).
     */
    private static Pattern pattern(String find, boolean wholeLines) {
        String[] lines = find.split("\n", -1);
        StringBuilder regex = new StringBuilder(wholeLines ? "(?m)^(" + INDENT + ")" : "");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (wholeLines || lines.length > 1) {
                line = i == 0 && !wholeLines ? line.stripTrailing()
                        : i == lines.length - 1 && !wholeLines ? line.stripLeading() : line.strip();
            }
            regex.append(i == 0 ? "" : LINE_BREAK).append(Pattern.quote(line));
        }
        return Pattern.compile(regex.append(wholeLines ? INDENT + "(\\r?\\n|\\z)" : "").toString());
    }

    private static String chop(String block) {
        return block.isEmpty() ? block : block.substring(0, block.length() - 1);
    }

    /** The lines of {@code block}, joined by {@code lineBreak}, each after the first or all ({@code |}) indented. */
    private String indented(String block, String indent, String lineBreak) {
        if (block.isEmpty()) {
            return block;
        }
        String[] lines = block.split("\n", -1);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            boolean indentThis = i > 0 || wholeLines();
            text.append(i == 0 ? "" : lineBreak).append(indentThis && !lines[i].isBlank() ? indent : "")
                    .append(indentThis && lines[i].isBlank() ? "" : lines[i]);
        }
        return text.toString();
    }

    private static int lineAt(String text, int offset) {
        return (int) text.substring(0, offset).chars().filter(c -> c == '\n').count() + 1;
    }

    private static String indentOfLineAt(String text, int offset) {
        int start = text.lastIndexOf('\n', offset - 1) + 1;
        int end = start;
        while (end < offset && (text.charAt(end) == ' ' || text.charAt(end) == '\t')) {
            end++;
        }
        return text.substring(start, end);
    }

    /** A problem with this edit, said with its YAML file, line and name. */
    public GraderException problem(String what) {
        return new GraderException(where + " (" + name + "): " + what);
    }
}
