package fr.paritaire.assistant.answer;

import java.util.List;

/**
 * What an answerer proposes, before verification: text with [n] markers and, for each n, the passage it claims to
 * quote and the quote. The gate keeps what holds and fills each citation from the passage itself.
 *
 * <p>A draft <em>written</em> from numbered passages (a chat model's) carries no quotes: it names the passages it was
 * given as {@code sources}, and the gate checks each sentence against the passages it cites and picks the quote from
 * them. A {@code declined} draft is one whose writer said the passages do not cover the question.
 */
public record Draft(String text, List<Quote> quotes, String mode, List<Source> sources, boolean declined) {

    /** Citation {@code n} claims that {@code quote} is verbatim in the retrieved passage {@code passageId}. */
    public record Quote(int n, String passageId, String quote) {
    }

    /** The passage the writer was given as number {@code n}. */
    public record Source(int n, String passageId) {
    }

    public Draft {
        quotes = List.copyOf(quotes);
        sources = List.copyOf(sources);
    }

    /** A draft that quotes passages (the extractive answerer's). */
    public Draft(String text, List<Quote> quotes, String mode) {
        this(text, quotes, mode, List.of(), false);
    }

    /** A draft written from the numbered {@code sources}. */
    public static Draft written(String text, List<Source> sources, String mode) {
        return new Draft(text, List.of(), mode, sources, false);
    }

    /** The writer said the numbered {@code sources} do not cover the question. */
    public static Draft declined(String text, List<Source> sources, String mode) {
        return new Draft(text, List.of(), mode, sources, true);
    }

    /** Whether the text was written from numbered passages rather than quoting them. */
    public boolean isWritten() {
        return !sources.isEmpty();
    }
}
