package nncourse.grader.batch;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** The learning management systems whose gradebook import {@code grade --lms} writes a file for. */
public enum Lms {

    CANVAS(CanvasExport.FILE),
    MOODLE(MoodleExport.FILE);

    private final String file;

    Lms(String file) {
        this.file = file;
    }

    /** The file it writes in the output folder. */
    public String file() {
        return file;
    }

    /** Writes the gradebook in this system's import format to {@code dir}/{@link #file()}. */
    public void write(Path dir, Gradebook gradebook) {
        Path target = dir.resolve(file);
        switch (this) {
            case CANVAS -> CanvasExport.write(target, gradebook);
            case MOODLE -> MoodleExport.write(target, gradebook);
        }
    }

    /** "canvas", "Moodle": the option's values in any case. */
    public static final class Converter implements ITypeConverter<Lms> {
        @Override
        public Lms convert(String value) {
            try {
                return valueOf(value.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException("'" + value + "' is not one of "
                        + Arrays.stream(values()).map(l -> l.name().toLowerCase(Locale.ROOT)).toList());
            }
        }
    }
}
