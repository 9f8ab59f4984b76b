package nncourse.similarity;

/**
 * Text made safe to put in an HTML page. The page shows the submissions' names, which are the learners'
 * own folder or zip names: a name like {@code <img src=x onerror=…>} must show as those characters, not
 * run. (The same rule as the grader's class report; this module keeps its own copy so that the grader
 * exports nothing for it.)
 */
final class Html {

    private Html() {
    }

    static String text(String s) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7f ? '\uFFFD' : c);
            }
        }
        return out.toString();
    }
}
