package nncourse.grader.cli;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * A time limit as a teacher writes it: {@code 2s}, {@code 500ms}, {@code 1.5s}, {@code 3m}; a bare number is
 * seconds.
 */
final class DurationConverter implements ITypeConverter<Duration> {

    private static final Pattern DURATION = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(ms|s|m|min)?");

    @Override
    public Duration convert(String value) {
        Matcher m = DURATION.matcher(value.strip().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new TypeConversionException("'" + value + "' is not a time: write it like 2s, 500ms or 3m");
        }
        double amount = Double.parseDouble(m.group(1));
        String unit = m.group(2) == null ? "s" : m.group(2);
        double millis = switch (unit) {
            case "ms" -> amount;
            case "m", "min" -> amount * 60_000;
            default -> amount * 1000;
        };
        if (millis < 1) {
            throw new TypeConversionException("'" + value + "' is too short: a time limit is at least 1 ms");
        }
        return Duration.ofMillis(Math.round(millis));
    }

    /** "2 s", "500 ms", "2 min": as the grader prints a limit back. */
    static String show(Duration d) {
        long millis = d.toMillis();
        if (millis % 60_000 == 0) {
            return millis / 60_000 + " min";
        }
        return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
    }
}
