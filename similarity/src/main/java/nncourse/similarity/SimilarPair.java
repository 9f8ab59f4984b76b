package nncourse.similarity;

/**
 * Two submissions whose sources for one lesson JPlag found alike, after the lesson's stubs were taken out.
 *
 * @param lesson  the lesson folder's name, e.g. {@code lesson-02-artificial-neuron}
 * @param first   one submission's name
 * @param second  the other's
 * @param average the matched share of both submissions together (JPlag's AVG metric), 0 to 1
 * @param maximum the matched share of the smaller submission (JPlag's MAX metric), 0 to 1: high when one
 *                submission is contained in the other even if that one wrote more of its own
 */
public record SimilarPair(String lesson, String first, String second, double average, double maximum) {

    /** Whether the pair is shown to the teacher: its average similarity reaches the threshold. */
    public boolean reaches(double threshold) {
        return average >= threshold;
    }
}
