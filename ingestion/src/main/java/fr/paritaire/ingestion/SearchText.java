package fr.paritaire.ingestion;

import java.util.regex.Pattern;

/**
 * The searchable form of faithful text: words split by end-of-line hyphenation are joined again ("déci- sion" becomes
 * "décision"). Quotes are never taken from this form, only indexing and embedding use it.
 */
public final class SearchText {

    private static final Pattern BROKEN_WORD = Pattern.compile("(\\p{L}{2})-\\s+(\\p{Ll}{2})");

    private SearchText() {
    }

    public static String of(String faithful) {
        return BROKEN_WORD.matcher(faithful).replaceAll("$1$2");
    }
}
