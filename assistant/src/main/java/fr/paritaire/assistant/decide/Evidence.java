package fr.paritaire.assistant.decide;

import java.util.List;
import java.util.Locale;

/**
 * What the retrieved passages support of a question, as measured before deciding.
 *
 * @param best how closely the best of the first passages answers the question (its best sentence window), 0..1
 * @param first the same for the first passage
 * @param uncoveredShare share of the question's weight in words that none of the passages contains
 * @param largestUncovered weight share of the heaviest such word
 * @param unknownShare share of the question's weight in words that no passage of the knowledge base contains
 * @param missingNames names (organisations, countries, people, tools) the question asks about that no passage has
 * @param factsAsked precise facts asked (a date, an amount…)
 * @param factsStated of those, how many a passage states about the thing asked
 * @param english whether the question is in English
 * @param similarity the highest vector similarity to the question among the passages read as evidence (0: none found by meaning)
 */
public record Evidence(double best, double first, double uncoveredShare, double largestUncovered, double unknownShare,
                       int missingNames, int factsAsked, int factsStated, boolean english, double similarity,
                       List<String> covered, List<String> missing) {

    public Evidence {
        covered = List.copyOf(covered);
        missing = List.copyOf(missing);
    }

    String describe() {
        return String.format(Locale.ROOT, "evidence %.2f, uncovered %.2f, unknown words %.2f%s", best, uncoveredShare,
                unknownShare, missing.isEmpty() ? "" : ", missing " + String.join(", ", missing));
    }

    /** The signals as numbers, in a fixed order, for measuring and fitting decisions (see the benchmark command). */
    public double[] features() {
        return new double[] {best, first, uncoveredShare, largestUncovered, unknownShare, missingNames,
                factsAsked - factsStated, english ? 1 : 0, similarity};
    }

    public static final String FEATURE_NAMES = "best,first,uncovered,largest_uncovered,unknown,missing_names,facts_missing,english,similarity";
}
