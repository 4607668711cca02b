package fr.paritaire.assistant.decide;

import java.util.List;

/**
 * Whether the retrieved passages answer the question, and why: what of the question they cover and what they don't.
 *
 * @param verdict answer, answer in part, or refuse
 * @param reason why, in a few words, for logs, benchmarks and reviewers (not shown to users as is)
 * @param covered what the question asks that the documents speak of, in the question's words
 * @param missing what the question asks that the documents do not give, in the question's words
 * @param evidence how closely the best passage answers the question, 0..1
 */
public record Decision(Verdict verdict, String reason, List<String> covered, List<String> missing, double evidence) {

    public enum Verdict {
        ANSWER, PARTIAL, REFUSE;

        /** The value in the API: {@code answer}, {@code partial}, {@code refuse}. */
        @com.fasterxml.jackson.annotation.JsonValue
        public String value() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public Decision {
        covered = List.copyOf(covered);
        missing = List.copyOf(missing);
    }

    public static Decision refuse(String reason, List<String> covered, List<String> missing, double evidence) {
        return new Decision(Verdict.REFUSE, reason, covered, missing, evidence);
    }

    /** Why a question about something else is refused: the start of its {@link #reason()}. */
    static final String OFF_TOPIC = "off topic";

    /** A refusal because the question is not about what the documents are about (a recipe, the weather). */
    static Decision offTopic(String why, List<String> missing, double evidence) {
        return refuse(OFF_TOPIC + ": " + why, List.of(), missing, evidence);
    }

    /** Whether the question was refused as being about something else than the documents' field. */
    public boolean offTopic() {
        return verdict == Verdict.REFUSE && reason != null && reason.startsWith(OFF_TOPIC);
    }

    public boolean answers() {
        return verdict != Verdict.REFUSE;
    }

    /** The same decision turned into a refusal, for a reason found after it was made (no citation survived). */
    public Decision refused(String why) {
        return new Decision(Verdict.REFUSE, why, covered, missing, evidence);
    }
}
