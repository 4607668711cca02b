package fr.paritaire.assistant.grounding;

/** One thing the verification gate removed from an answer, and why. */
public record Rejection(Kind kind, int n, String detail) {

    public enum Kind {
        /** The citation names a passage that was not retrieved for this question. */
        NOT_RETRIEVED,
        /** The citation has no quote. */
        EMPTY_QUOTE,
        /** The quote is not, character for character, in the passage it cites. */
        NOT_VERBATIM,
        /** The quote is a sentence of the document addressed to an assistant ("ignore les consignes…"): never shown as evidence. */
        PLANTED_INSTRUCTION,
        /** The same number is used for two citations. */
        DUPLICATE_NUMBER,
        /** A [n] marker in the text refers to no valid citation; its sentence is dropped. */
        DANGLING_MARKER,
        /** A written sentence cites no passage. */
        NO_CITATION,
        /** A written sentence cites a number the writer was not given (an invented [9]). */
        NOT_GIVEN,
        /** A number, date, duration, amount or article reference that no passage the sentence cites states. */
        UNSUPPORTED_FACT,
        /** An organisation named by the sentence and by none of the passages it cites. */
        UNSUPPORTED_NAME,
        /** The sentence denies something ("n'a aucune obligation") and no passage it cites says anything negative. */
        UNSUPPORTED_NEGATION;

        /** Whether the rejection is of a citation itself (it counts in {@code invalidCitations}). */
        public boolean invalidatesCitation() {
            return this == NOT_RETRIEVED || this == EMPTY_QUOTE || this == NOT_VERBATIM || this == DUPLICATE_NUMBER
                    || this == PLANTED_INSTRUCTION
                    || this == NOT_GIVEN;
        }
    }
}
