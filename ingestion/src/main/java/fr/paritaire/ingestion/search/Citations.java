package fr.paritaire.ingestion.search;

import fr.paritaire.ingestion.text.Sentences;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;

/**
 * Sentences that only cite names rather than say anything of them: enumerations ("les fédérations syndicales de
 * Croatie, de France, d'Autriche, d'Espagne…", "la DREETS, l'ANACT, la CARSAT, l'INRS etc.", a cell listing companies)
 * and entries of a list of references ("Pesole, A. (2024). Digital technologies… companies in Belgium and Italy."). A
 * name the documents only cite is one they do not say anything of: what it says, wants or provides is not there.
 */
public final class Citations {

    /** An entry of a list of references: authors, a year in brackets and a full stop, then a title ("OECD (2024). Education…"). */
    static final Pattern REFERENCE = Pattern.compile("^\\p{Lu}[^()]{0,200}\\((?:19|20)\\d\\d[a-z]?(?:,[^)]*)?\\)\\.\\s+\\p{Lu}");
    private static final Pattern LIST_SEPARATOR = Pattern.compile("[,;\\t]|\\s(?:et|ainsi que|and|ou|or)\\s");
    private static final Pattern NAME = Pattern.compile("(?<![\\p{L}\\d])\\p{Lu}[\\p{L}\\d-]*");
    /** What a sentence says in passing does not make its clauses items: a source note in brackets, a quotation. */
    private static final Pattern ASIDE = Pattern.compile("«[^«»]*»|“[^“”]*”|\\([^()]*(?:\\bp\\.|\\bpar\\.|§|\\b(?:19|20)\\d\\d\\b)[^()]*\\)");
    private static final Pattern OPENING_WORD = Pattern.compile("^\\P{L}*\\p{L}+");
    /** Capitals that name no one: the field's own abbreviations. */
    private static final Set<String> NOT_NAMES = Set.of("IA", "AI", "SIA", "CSE", "UE", "EU", "RH", "HR", "TPE", "PME", "RGPD", "GDPR");

    private final int minNames;

    /** @param minNames how many parts of a sentence must hold a name for it to be an enumeration (0: none is) */
    public Citations(int minNames) {
        this.minNames = minNames;
    }

    /** Each sentence of a text, line by line, with whether it only cites. */
    void forEachSentence(String text, BiConsumer<String, Boolean> action) {
        for (String line : text.split("\n")) {
            boolean reference = minNames > 0 && REFERENCE.matcher(line.strip()).find();
            for (String sentence : Sentences.split(line)) {
                action.accept(sentence, reference || (minNames > 0 && namedParts(sentence) >= minNames));
            }
        }
    }

    /**
     * Whether a text has a sentence that mentions the word (as a whole word; case and accents aside: "Previa" is
     * "Prévia") without only citing it.
     */
    boolean speaksOf(String text, Pattern word) {
        String folded = fold(text);
        if (!word.matcher(folded).find()) return false;
        boolean[] found = {false};
        forEachSentence(folded, (sentence, cites) -> found[0] |= !cites && word.matcher(sentence).find());
        return found[0];
    }

    /** A word as {@link #speaksOf} looks for it: whole, case and accents folded. */
    static Pattern wholeWord(String word) {
        return Pattern.compile("(?iu)(?<![\\p{L}\\d])" + Pattern.quote(fold(word)) + "(?![\\p{L}\\d])");
    }

    /** Accents folded, lower case kept apart: capitals still tell names in {@link #namedParts}. */
    private static String fold(String text) {
        return Glossary.fold(text);
    }

    /**
     * How many parts of a sentence, between the separators of an enumeration, hold a name: a capitalised word that is not
     * the sentence's opening word, nor one of the field's abbreviations (source notes in brackets and quotations set
     * aside).
     */
    static int namedParts(String sentence) {
        String[] parts = LIST_SEPARATOR.split(ASIDE.matcher(sentence.strip()).replaceAll(" "));
        int named = 0;
        for (int i = 0; i < parts.length; i++) {
            String part = (i == 0 ? OPENING_WORD.matcher(parts[i]).replaceFirst("") : parts[i]).strip();
            if (part.isEmpty()) continue;
            if (NAME.matcher(part).results().anyMatch(m -> !NOT_NAMES.contains(m.group()))) named++;
        }
        return named;
    }
}
