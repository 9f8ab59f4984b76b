package nncourse.learner;

import java.util.Locale;
import java.util.ResourceBundle;

/**
 * What the scoreboard, the grader and the notebook check say, in the learner's language: the
 * {@code nncourse/learner/messages*.properties} bundles (UTF-8), Korean when the default locale is
 * Korean ({@code LANG=ko_KR.UTF-8}), English otherwise. Placeholders are {@code %s}.
 */
public final class Messages {

    private static final String BUNDLE = "nncourse.learner.messages";

    private Messages() {
    }

    /** The message {@code key}, with {@code args} in its {@code %s} places. */
    public static String get(String key, Object... args) {
        String pattern = bundle(locale()).getString(key);
        return args.length == 0 ? pattern : String.format(Locale.ROOT, pattern, args);
    }

    /**
     * The learner's language: {@code LC_ALL}, {@code LC_MESSAGES} or {@code LANG} as the shell has them
     * (e.g. {@code ko_KR.UTF-8}) — the JVM falls back to English when that locale is not installed
     * on the machine — or else the JVM's default locale.
     */
    public static Locale locale() {
        for (String variable : new String[] {"LC_ALL", "LC_MESSAGES", "LANG"}) {
            String value = System.getenv(variable);
            if (value != null && !value.isBlank()) {
                String tag = value.replaceFirst("[.@].*$", "");
                return tag.equals("C") || tag.equals("POSIX") ? Locale.ENGLISH
                        : Locale.forLanguageTag(tag.replace('_', '-'));
            }
        }
        return Locale.getDefault();
    }

    public static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale, Messages.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
