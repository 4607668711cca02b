package fr.paritaire.assistant.grounding;

/** A citation whose quote is not verbatim in any passage retrieved for the question. */
public class UngroundedCitation extends RuntimeException {

    public UngroundedCitation(int n, String quote) {
        super("Citation [" + n + "] is not verbatim in a retrieved passage: \"" + (quote.length() > 80 ? quote.substring(0, 80) + "…" : quote) + "\"");
    }
}
