package fr.paritaire.ingestion.search;

import fr.paritaire.ingestion.text.FrenchAnalyzer;
import fr.paritaire.ingestion.SearchText;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Measures how much of a question a piece of text covers: the share of the question's content words it contains, each
 * word weighted by its rarity in the knowledge base (a passage mentioning "délégation" says more than one mentioning
 * "IA"). A glossary term of the question ("works council") is covered by any of its equivalents ("CSE").
 */
public final class QuestionCoverage {

    /** One thing the question asks about, and the sets of terms any of which expresses it. */
    private record Unit(String term, double weight, List<Set<String>> alternatives, boolean known) {

        /** Whether the analysed words present express it, by itself or by an equivalent. */
        boolean coveredBy(Set<String> present) {
            return alternatives.stream().anyMatch(present::containsAll);
        }
    }

    private final FrenchAnalyzer analyzer;
    private final List<Unit> units = new ArrayList<>();
    private final double total;
    /** English words that no passage contains and the glossary cannot translate: left out of the measure. */
    private final Set<String> absent = new LinkedHashSet<>();

    /**
     * @param words the question's content words (analysed term → word), as {@link QueryAnalyzer#contentWords} gives them
     * @param ignored analysed words of the question that say where to look, not what is asked ("LaborIA", "étude")
     * @param df in how many of the knowledge base's {@code n} passages each word occurs
     * @param glossary the glossary's matches in the question, English variants included
     */
    QuestionCoverage(String question, FrenchAnalyzer analyzer, Map<String, String> words, Set<String> ignored,
                     Map<String, Integer> df, int n, List<Glossary.Match> glossary) {
        this.analyzer = analyzer;
        List<String> terms = new ArrayList<>(words.keySet());
        terms.removeAll(ignored);
        // Each question word is covered by itself, or by an equivalent of a glossary phrase it belongs to
        // ("IA" by "intelligence artificielle" or "nouvelles technologies", "outil d'IA" by "SIA").
        java.util.Map<String, List<Set<String>>> alternatives = new java.util.LinkedHashMap<>();
        for (String term : terms) alternatives.put(term, new ArrayList<>(List.of(Set.of(term))));
        for (Glossary.Match match : glossary) {
            Set<String> own = new LinkedHashSet<>(analyzer.terms(match.found()));
            for (String eq : match.equivalents()) {
                Set<String> eqTerms = new LinkedHashSet<>(analyzer.terms(eq));
                if (eqTerms.isEmpty()) continue;
                for (String term : own) {
                    List<Set<String>> forTerm = alternatives.get(term);
                    if (forTerm != null && !forTerm.contains(eqTerms)) forTerm.add(eqTerms);
                }
            }
        }
        boolean english = QueryAnalyzer.isEnglish(question);
        for (String term : terms) {
            boolean translated = alternatives.get(term).size() > 1;
            // An English word the French documents never use, and that the glossary cannot translate, is no evidence
            // either way: it is left out, unlike an unknown French word, which tells that the documents do not
            // speak of the thing asked.
            if (english && !translated && df.getOrDefault(term, 0) == 0) {
                absent.add(term);
                continue;
            }
            units.add(new Unit(term, idf(term, df, n), alternatives.get(term), translated || df.getOrDefault(term, 0) > 0));
        }
        this.total = units.stream().mapToDouble(Unit::weight).sum();
    }

    private static double idf(String term, Map<String, Integer> df, int n) {
        return idf(df.getOrDefault(term, 0), n);
    }

    /** The rarity weight of a term found in {@code f} of {@code n} passages (BM25's inverse document frequency). */
    static double idf(int f, int n) {
        return Math.log(1 + (n - f + 0.5) / (f + 0.5));
    }

    /** A text's analysed words. */
    List<String> termsOf(String text) {
        return analyzer.terms(SearchText.of(text));
    }

    public boolean isEmpty() {
        return units.isEmpty();
    }

    /** Share, 0..1, of the question's weighted terms found in the text. */
    public double coverage(String text) {
        return covered(termSet(text));
    }

    /** A text's analysed words, as a set. */
    Set<String> termSet(String text) {
        return new HashSet<>(analyzer.terms(SearchText.of(text)));
    }

    /**
     * Share, 0..1, of the weight of the question's terms that the knowledge base uses at all, found among the analysed
     * words present: a word no passage contains ("boulot", "patrons" without the glossary) can be covered by no
     * sentence, and does not count. With {@code part} (the analysed words of a clause of the question), only the
     * question's terms in it count — unless fewer than two do, then the whole question's.
     */
    double knownCoverage(Set<String> present, Set<String> part) {
        List<Unit> counted = units.stream().filter(Unit::known).filter(u -> part == null || part.contains(u.term())).toList();
        if (counted.size() < 2 && part != null) return knownCoverage(present, null);
        return share(counted, counted.stream().mapToDouble(Unit::weight).sum(), present);
    }

    /** Coverage of a window of analysed sentences read with its analysed heading. */
    public double covered(List<String> headingTerms, List<List<String>> sentences) {
        Set<String> present = new HashSet<>(headingTerms);
        sentences.forEach(present::addAll);
        return covered(present);
    }

    /**
     * Whether the analysed words present express the thing these question terms name, by one of them that the knowledge
     * base uses or a glossary equivalent of it (terms the documents never use cannot be looked for: see {@link #knowsAny}).
     */
    boolean expresses(java.util.Collection<String> terms, Set<String> present) {
        return known(terms).anyMatch(u -> u.coveredBy(present));
    }

    /** Whether the knowledge base uses any of these question terms (or a glossary equivalent of one). */
    boolean knowsAny(java.util.Collection<String> terms) {
        return known(terms).findAny().isPresent();
    }

    private java.util.stream.Stream<Unit> known(java.util.Collection<String> terms) {
        return units.stream().filter(u -> u.known() && terms.contains(u.term()));
    }

    /** The question's terms (those that count) that the analysed words present do not cover. */
    Set<String> uncovered(Set<String> present) {
        Set<String> out = new LinkedHashSet<>(absent);
        for (Unit unit : units) {
            if (!unit.coveredBy(present)) out.add(unit.term());
        }
        return out;
    }

    private double covered(Set<String> present) {
        return share(units, total, present);
    }

    /** Share of {@code total} held by the units the analysed words present express. */
    private static double share(List<Unit> units, double total, Set<String> present) {
        if (total == 0) return 0;
        double sum = 0;
        for (Unit unit : units) {
            if (unit.coveredBy(present)) sum += unit.weight;
        }
        return sum / total;
    }
}
