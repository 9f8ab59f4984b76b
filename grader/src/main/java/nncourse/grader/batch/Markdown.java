package nncourse.grader.batch;

import java.util.List;

/**
 * Text in Markdown. The kit's own words go in as {@link #text}: the characters that would turn plain words
 * into markup are escaped, and no more, so that the file still reads well as plain text. What a
 * submission can make the grader say (a failure message, a file name, javac's words on its code) goes in
 * as {@link #code} or a {@link #fence}: code is shown as it is, so no link, image or markup of a student's
 * is ever rendered.
 */
final class Markdown {

    private static final String SPECIAL = "\\`*<|[]!_";

    private Markdown() {
    }

    static String text(String s) {
        StringBuilder out = new StringBuilder(s.length() + 8);
        for (char c : s.replace("\r", "").replace("\n", " ").toCharArray()) {
            if (SPECIAL.indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    /** An inline code span holding {@code s} on one line, whatever backticks it has. */
    static String code(String s) {
        String line = s.replace("\r", "").replace("\n", " ");
        String ticks = "`".repeat(longestRun(line, '`') + 1);
        String pad = line.startsWith("`") || line.endsWith("`") || line.isBlank() ? " " : "";
        return ticks + pad + line + pad + ticks;
    }

    /** A fenced code block of {@code lines}, with a fence no line can close. */
    static String fence(List<String> lines) {
        String fence = "`".repeat(Math.max(3, lines.stream().mapToInt(l -> longestRun(l, '`')).max().orElse(0) + 1));
        return fence + "\n" + String.join("\n", lines) + "\n" + fence + "\n";
    }

    private static int longestRun(String s, char c) {
        int longest = 0;
        int run = 0;
        for (char x : s.toCharArray()) {
            run = x == c ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        return longest;
    }
}
