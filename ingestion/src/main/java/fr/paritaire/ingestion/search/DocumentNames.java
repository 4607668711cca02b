package fr.paritaire.ingestion.search;

import fr.paritaire.ingestion.text.FrenchAnalyzer;
import fr.paritaire.ingestion.SourceDocument;
import fr.paritaire.ingestion.store.KnowledgeBase;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Recognises the documents a question names ("selon le guide LaborIA", "d'après l'étude iMET", "la CGT veut-elle…",
 * "le projet SeCoIA Deal"). A document's naming words come from its title and file name; a word names the document
 * only when no other document's name has it, the other documents' passages rarely use it, and the document's own
 * passages use it far more often (so "projet" in "Lancement du Projet SéCoIA Deal" names nothing: every document
 * speaks of projects). In the question,
 * a naming word is a proper noun (CGT, iMET, LaborIA, Deal).
 *
 * <p>The name of a document says which document to look in, not which passage answers: search uses it as a prior on
 * the document, and the word itself weighs little in passage ranking (otherwise the passage that introduces
 * "LaborIA" would outrank the one that answers).
 */
public final class DocumentNames {

    /** What a question names: documents, by id, and the question's words (analysed) that named them. */
    public record Named(Set<String> documentIds, Set<String> terms) {
        static final Named NONE = new Named(Set.of(), Set.of());

        public boolean isEmpty() {
            return documentIds.isEmpty();
        }
    }

    private record Index(Set<String> fingerprint, Map<String, String> documentByTerm, Set<String> exampleOnly) {
    }

    /** A naming word is rare outside its document: in at most this share of the other documents' passages. */
    private static final double MAX_RATE_ELSEWHERE = 0.10;

    private final KnowledgeBase knowledgeBase;
    private final FrenchAnalyzer analyzer;
    private final double minLift;
    private volatile Index index = new Index(Set.of(), Map.of(), Set.of());

    /**
     * @param minLift how many times more often (per passage) the named document must use a naming word than the others
     */
    public DocumentNames(KnowledgeBase knowledgeBase, FrenchAnalyzer analyzer, double minLift) {
        this.knowledgeBase = knowledgeBase;
        this.analyzer = analyzer;
        this.minLift = minLift;
    }

    /**
     * The documents the question names. A word names a document only when it is capitalised and stands alone
     * ("FTM-CGT", a federation of the CGT, does not name the CGT's own contribution).
     */
    public Named in(String question) {
        Map<String, String> byTerm = current().documentByTerm();
        if (byTerm.isEmpty()) return Named.NONE;
        Set<String> documents = new LinkedHashSet<>();
        Set<String> terms = new LinkedHashSet<>();
        for (String term : properNouns(question)) {
            String document = byTerm.get(term);
            if (document != null) {
                documents.add(document);
                terms.add(term);
            }
        }
        return documents.isEmpty() ? Named.NONE : new Named(Set.copyOf(documents), Set.copyOf(terms));
    }

    /**
     * Whether the question names someone or something only fictional example documents speak of ("l'UNIMEP", a sample
     * agreement's signatory): the question is then about an example, wherever it comes from.
     */
    public boolean namesExampleOnly(String question) {
        Set<String> exampleOnly = current().exampleOnly();
        return !exampleOnly.isEmpty() && properNouns(question).stream().anyMatch(exampleOnly::contains);
    }

    /**
     * The question's proper nouns, analysed: a capital inside the word (CGT, iMET, LaborIA), or a capitalised word that
     * does not open the question.
     */
    private List<String> properNouns(String question) {
        List<String> out = new java.util.ArrayList<>();
        String[] words = QueryAnalyzer.words(question.strip());
        for (int i = 0; i < words.length; i++) {
            String word = QueryAnalyzer.withoutElision(words[i]);
            boolean properNoun = word.length() > 1 && (word.substring(1).chars().anyMatch(Character::isUpperCase)
                    || (i > 0 && Character.isUpperCase(word.charAt(0))));
            if (!properNoun) continue;
            List<String> analysed = analyzer.terms(word);
            if (analysed.size() == 1) out.add(analysed.getFirst());
        }
        return out;
    }

    private Index current() {
        Map<String, SourceDocument> documents = knowledgeBase.documents();
        Set<String> fingerprint = new HashSet<>();
        documents.values().forEach(d -> fingerprint.add(d.id() + "@" + d.contentHash() + "@" + d.pipeline()));
        Index i = index;
        if (i.fingerprint().equals(fingerprint)) return i;
        synchronized (this) {
            if (index.fingerprint().equals(fingerprint)) return index;
            index = new Index(fingerprint, build(documents.values()), exampleOnly(documents.values()));
            return index;
        }
    }

    private Map<String, String> build(Iterable<SourceDocument> documents) {
        Map<String, Set<String>> namesOf = new HashMap<>();
        Map<String, Integer> documentsPerTerm = new HashMap<>();
        for (SourceDocument d : documents) {
            Set<String> names = new LinkedHashSet<>();
            StringBuilder text = new StringBuilder(d.title() == null ? "" : d.title());
            text.append(' ').append(fileStem(d.source()));
            for (String alias : d.aliases()) text.append(' ').append(fileStem(alias));
            for (String term : analyzer.terms(text.toString())) {
                if (term.length() >= 2 && !term.chars().allMatch(Character::isDigit)) names.add(term);
            }
            namesOf.put(d.id(), names);
            names.forEach(t -> documentsPerTerm.merge(t, 1, Integer::sum));
        }
        Map<String, String> byTerm = new HashMap<>();
        for (Map.Entry<String, Set<String>> e : namesOf.entrySet()) {
            List<String> own = e.getValue().stream().filter(t -> documentsPerTerm.get(t) == 1).toList();
            if (own.isEmpty()) continue;
            Map<String, Integer> inDocument = knowledgeBase.documentFrequenciesIn(e.getKey(), own);
            Map<String, Integer> everywhere = knowledgeBase.documentFrequencies(own);
            int passagesHere = Math.max(1, knowledgeBase.passagesOf(e.getKey()).size());
            int passagesElsewhere = Math.max(1, knowledgeBase.passageCount() - passagesHere);
            for (String term : own) {
                int here = inDocument.getOrDefault(term, 0);
                int elsewhere = Math.max(0, everywhere.getOrDefault(term, 0) - here);
                double rateHere = (double) here / passagesHere;
                double rateElsewhere = (double) elsewhere / passagesElsewhere;
                boolean rareElsewhere = rateElsewhere <= MAX_RATE_ELSEWHERE && rateHere >= minLift * rateElsewhere;
                if (here + elsewhere == 0 || rareElsewhere) byTerm.put(term, e.getKey());
            }
        }
        return Map.copyOf(byTerm);
    }

    /** Capitalised words in the examples' passages ("UNIMEP", "Berthelot") that no other document's passages use. */
    private Set<String> exampleOnly(java.util.Collection<SourceDocument> documents) {
        List<SourceDocument> examples = documents.stream()
                .filter(d -> d.metadata().authority() == fr.paritaire.ingestion.Authority.EXAMPLE).toList();
        if (examples.isEmpty()) return Set.of();
        Set<String> candidates = new HashSet<>();
        for (SourceDocument d : examples) {
            for (fr.paritaire.ingestion.Passage p : knowledgeBase.passagesOf(d.id())) {
                java.util.regex.Matcher m = CAPITALISED.matcher(p.text());
                while (m.find()) {
                    List<String> analysed = analyzer.terms(m.group());
                    if (analysed.size() == 1 && analysed.getFirst().length() >= 3) candidates.add(analysed.getFirst());
                }
            }
        }
        if (candidates.isEmpty()) return Set.of();
        Map<String, Integer> everywhere = knowledgeBase.documentFrequencies(candidates);
        Map<String, Integer> inExamples = new HashMap<>();
        for (SourceDocument d : examples) knowledgeBase.documentFrequenciesIn(d.id(), candidates).forEach((t, f) -> inExamples.merge(t, f, Integer::sum));
        Set<String> out = new HashSet<>();
        for (String term : candidates) {
            int f = everywhere.getOrDefault(term, 0);
            if (f > 0 && f == inExamples.getOrDefault(term, 0)) out.add(term);
        }
        return Set.copyOf(out);
    }

    /** A word with a capital inside or after its first letter, mid-sentence (not after ". "), or an acronym. */
    private static final java.util.regex.Pattern CAPITALISED = java.util.regex.Pattern.compile(
            "(?<=[\\p{L}\\d,;:’'()] )\\p{Lu}[\\p{L}-]{2,}|\\b\\p{Lu}{2,}[\\p{L}-]*");

    private static String fileStem(String path) {
        if (path == null) return "";
        String name = path.substring(path.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return (dot > 0 ? name.substring(0, dot) : name).replaceAll("[-_.]+", " ");
    }
}
