package nncourse.grader.batch;

/**
 * Text in Markdown: the characters that would turn plain words into markup are escaped (an HTML tag
 * from {@code <}, code from a backtick, emphasis from {@code *}, a table cell's end from {@code |}),
 * and no more, so that the file still reads well as plain text.
 */
final class Markdown {

    private static final String SPECIAL = "\\`*<|";

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
}
