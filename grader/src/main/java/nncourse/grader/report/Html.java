package nncourse.grader.report;

/**
 * Text made safe to put in an HTML page, in an element or in a quoted attribute. Everything the class
 * report shows passes through here: the submissions' names and the tests' messages are the students'
 * own text, and a name like {@code <img src=x onerror=…>} must show as those characters, not run. The
 * similarity report uses it too.
 */
public final class Html {

    private Html() {
    }

    public static String text(String s) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                // Control characters other than tab and line breaks are not allowed in HTML text.
                default -> out.append(c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7f ? '\uFFFD' : c);
            }
        }
        return out.toString();
    }
}
