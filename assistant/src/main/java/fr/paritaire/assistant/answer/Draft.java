package fr.paritaire.assistant.answer;

import java.util.List;

/**
 * What an answerer proposes, before verification: text with [n] markers and, for each n, the passage it claims to
 * quote and the quote. The gate keeps what holds and fills each citation from the passage itself.
 */
public record Draft(String text, List<Quote> quotes, String mode) {

    /** Citation {@code n} claims that {@code quote} is verbatim in the retrieved passage {@code passageId}. */
    public record Quote(int n, String passageId, String quote) {
    }

    public Draft {
        quotes = List.copyOf(quotes);
    }
}
