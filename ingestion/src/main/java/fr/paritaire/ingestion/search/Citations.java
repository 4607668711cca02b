package fr.paritaire.ingestion.search;

import fr.paritaire.ingestion.text.Sentences;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;

/**
 * Sentences that only cite names rather than say anything of them: enumerations ("les fédérations syndicales de
 * Croatie, de France, d'Autriche, d'Espagne…", "la DREETS, l'ANACT, la CARSAT, l'INRS etc.", a table row of companies)
 * and entries of a list of references ("Pesole, A. (2024). *… two automotive companies in Belgium and Italy*"). A name
 * the documents only cite is one they do not say anything of: what it says, wants or provides is not there.
 */
public final class Citations {

    /** An entry of a list of references: authors, a year in brackets, then a title or a link ("Pesole, A. (2024). *…*"). */
    static final Pattern REFERENCE = Pattern.compile(
            "^.{0,250}?\\((?:19|20)\\d\\d[a-z]?(?:,[^)]*)?\\)\\.?\\s.*(?:https?://|doi\\.org|\\*[^*]+\\*)");
    private static final Pattern LIST_SEPARATOR = Pattern.compile("\\s*(?:[,;\\t]|\\s(?:et|ainsi que|and|ou|or)\\s)\\s*");
    private static final Pattern NAME = Pattern.compile("(?<![\\p{L}\\d])\\p{Lu}[\\p{L}\\d-]*");

    private final int minNames;

    /** @param minNames how many parts of a sentence must hold a name for it to be an enumeration (0: none is) */
    public Citations(int minNames) {
        this.minNames = minNames;
    }

    /** Each sentence of a text, line by line, with whether it only cites. */
    void forEachSentence(String text, BiConsumer<String, Boolean> action) {
        for (String line : text.split("\n")) {
            boolean reference = minNames > 0 && REFERENCE.matcher(line).find();
            for (String sentence : Sentences.split(line)) {
                action.accept(sentence, reference || (minNames > 0 && namedParts(sentence) >= minNames));
            }
        }
    }

    /** Whether a text has a sentence that mentions the word (as a whole word, in any case) without only citing it. */
    boolean speaksOf(String text, String word) {
        return speaksOf(text, wholeWord(word));
    }

    /** The same, with the word as {@link #wholeWord} gives it (compiled once for many texts). */
    boolean speaksOf(String text, Pattern word) {
        if (!word.matcher(text).find()) return false;
        boolean[] found = {false};
        forEachSentence(text, (sentence, cites) -> found[0] |= !cites && word.matcher(sentence).find());
        return found[0];
    }

    /** A word as a whole word, in any case. */
    static Pattern wholeWord(String word) {
        return Pattern.compile("(?iu)(?<![\\p{L}\\d])" + Pattern.quote(word) + "(?![\\p{L}\\d])");
    }

    /** How many parts of a sentence, between the separators of an enumeration, hold a name (its opening word is none). */
    static int namedParts(String sentence) {
        String[] parts = LIST_SEPARATOR.split(sentence.strip());
        int named = 0;
        for (int i = 0; i < parts.length; i++) {
            String part = i == 0 ? parts[i].replaceFirst("^\\P{L}*\\p{L}+", "") : parts[i];
            if (NAME.matcher(part).find()) named++;
        }
        return named;
    }
}
