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
        /** The same number is used for two citations. */
        DUPLICATE_NUMBER,
        /** A [n] marker in the text refers to no valid citation; its sentence is dropped. */
        DANGLING_MARKER
    }
}
