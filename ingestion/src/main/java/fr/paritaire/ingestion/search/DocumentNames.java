package fr.paritaire.ingestion.search;

import fr.paritaire.ingestion.text.FrenchAnalyzer;
import fr.paritaire.ingestion.SourceDocument;
import fr.paritaire.ingestion.store.KnowledgeBase;
import fr.paritaire.ingestion.text.Words;
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

    /**
     * What a question names: documents, by id, and the question's words (analysed) that named them; {@code aboutExample}
     * when it names a fictional sample agreement, or someone or something only those speak of ("l'UNIMEP", a sample
     * agreement's signatory): the question is then about an example. {@code speakers}: the question's proper nouns that
     * a single document speaks of ("UNIMEP", "Georg Fischer"), with that document's id.
     */
    public record Named(Set<String> documentIds, Set<String> terms, boolean aboutExample, Map<String, String> speakers) {
        static final Named NONE = new Named(Set.of(), Set.of(), false, Map.of());

        public boolean isEmpty() {
            return documentIds.isEmpty();
        }
    }

    /**
     * @param documentByTerm the analysed words that name a document, with its id
     * @param properNames those of them that are proper names, which name their document written in lower case too
     * @param examples the ids of the fictional example documents
     * @param users for each proper noun asked about so far, the documents whose passages use it (at most
     *              {@link #USERS_READ}), looked up once per snapshot of the knowledge base
     * @param speaking for a document and a proper noun asked about so far, whether the document says anything of it
     *                 rather than only cite it
     */
    private record Index(Set<String> fingerprint, Map<String, String> documentByTerm, Set<String> properNames,
                         Set<String> examples, Map<String, Set<String>> users, Map<String, Boolean> speaking) {
    }

    /**
     * A naming word of a title is a proper name ("Berthelot", "Solvéa", "Ligérienne"), which names its document even
     * written in lower case, when its document's passages write it with a capital at least this often.
     */
    private static final double PROPER_NAME_CAPITALISED = 0.9;

    /** How many documents using a proper noun are looked up: one tells who alone speaks of it, all examples tell an example. */
    private static final int USERS_READ = 64;

    /** How many proper nouns' users are remembered between two snapshots of the knowledge base. */
    private static final int MAX_NAMES_CACHED = 10_000;

    /** A naming word is rare outside its document: in at most this share of the other documents' passages. */
    private static final double MAX_RATE_ELSEWHERE = 0.10;

    private final KnowledgeBase knowledgeBase;
    private final FrenchAnalyzer analyzer;
    private final Glossary glossary;
    private final Citations citations;
    private final double minLift;
    private volatile Index index = new Index(Set.of(), Map.of(), Set.of(), Set.of(), new java.util.concurrent.ConcurrentHashMap<>(),
            new java.util.concurrent.ConcurrentHashMap<>());

    /**
     * @param minLift how many times more often (per passage) the named document must use a naming word than the others
     */
    public DocumentNames(KnowledgeBase knowledgeBase, FrenchAnalyzer analyzer, Glossary glossary, double minLift, Citations citations) {
        this.knowledgeBase = knowledgeBase;
        this.citations = citations;
        this.analyzer = analyzer;
        this.glossary = glossary;
        this.minLift = minLift;
    }

    /**
     * The documents the question names. A word names a document alone only when it is capitalised and stands alone
     * ("FTM-CGT", a federation of the CGT, does not name the CGT's own contribution); lower-case words of a document's
     * title name it two together ("l'accord de branche mécanique de précision").
     */
    public Named in(String question) {
        Index index = current();
        Set<String> documents = new LinkedHashSet<>();
        Set<String> terms = new LinkedHashSet<>();
        Map<String, String> speakers = new HashMap<>();
        boolean aboutExample = false;
        // Lower-case words name a document together ("l'accord de branche mécanique de précision"): two of its own.
        Map<String, Set<String>> describing = new HashMap<>();
        for (Word word : words(question, index)) {
            String document = index.documentByTerm().get(word.term());
            if (!word.proper()) {
                if (document != null) describing.computeIfAbsent(document, d -> new LinkedHashSet<>()).add(word.term());
                continue;
            }
            if (document != null) {
                documents.add(document);
                terms.add(word.term());
                aboutExample |= index.examples().contains(document);
            }
            // Someone or something only one document speaks of ("UNIMEP", "Georg Fischer"), or only the examples; a
            // document that only cites it ("Schneider Electric, Alstom, Ferco…") says nothing of it.
            Set<String> users = usersOf(index, word.term());
            if (users.size() == 1 && speaksOf(index, users.iterator().next(), word.surface())) {
                speakers.put(word.term(), users.iterator().next());
            }
            aboutExample |= !users.isEmpty() && index.examples().containsAll(users);
        }
        for (Map.Entry<String, Set<String>> described : describing.entrySet()) {
            if (described.getValue().size() < 2) continue;
            documents.add(described.getKey());
            terms.addAll(described.getValue());
            aboutExample |= index.examples().contains(described.getKey());
        }
        if (documents.isEmpty() && speakers.isEmpty() && !aboutExample) return Named.NONE;
        return new Named(Set.copyOf(documents), Set.copyOf(terms), aboutExample, Map.copyOf(speakers));
    }

    /**
     * What a question names, with each city of France it names ("les logisticiens lyonnais") spoken of by the one document
     * that uses any of its variants ("Lyon"): the company there is that document's, whose other passages need not repeat
     * where it is.
     *
     * @param variantTermsByTerm for each city's analysed word in the question, the analysed words of all its variants
     */
    public Named withCities(Named named, Map<String, Set<String>> variantTermsByTerm) {
        Index index = current();
        Map<String, String> speakers = new HashMap<>(named.speakers());
        variantTermsByTerm.forEach((term, variants) -> {
            Set<String> users = new HashSet<>();
            variants.forEach(variant -> users.addAll(usersOf(index, variant)));
            if (users.size() == 1) speakers.putIfAbsent(term, users.iterator().next());
        });
        if (speakers.equals(named.speakers())) return named;
        return new Named(named.documentIds(), named.terms(), named.aboutExample(), Map.copyOf(speakers));
    }

    /** The documents whose passages use a word (read once, cached). */
    private Set<String> usersOf(Index index, String term) {
        if (index.users().size() > MAX_NAMES_CACHED) index.users().clear(); // any words at all may be asked about
        return index.users().computeIfAbsent(term, t -> Set.copyOf(knowledgeBase.documentsUsing(t, USERS_READ)));
    }

    /** Whether a document's passages say anything of a word rather than only cite it (read once per snapshot). */
    private boolean speaksOf(Index index, String document, String word) {
        String key = document + "\u0000" + Glossary.fold(word).toLowerCase(java.util.Locale.ROOT);
        Boolean known = index.speaking().get(key);
        if (known != null) return known;
        if (index.speaking().size() > MAX_NAMES_CACHED) index.speaking().clear();
        // Read outside the map's lock: on PostgreSQL, a document's passages are a query.
        java.util.regex.Pattern whole = Citations.wholeWord(word);
        boolean speaks = knowledgeBase.passagesOf(document).stream().anyMatch(p -> citations.speaksOf(p.text(), whole));
        index.speaking().putIfAbsent(key, speaks);
        return speaks;
    }

    /** A word of the question as written, analysed; {@code proper} for a proper noun. */
    private record Word(String surface, String term, boolean proper) {
    }

    /**
     * The question's words that analyse to one term. A proper noun has a capital inside it (CGT, iMET, LaborIA) or is
     * capitalised without opening the question; a word whose only capital opens the question is left out, unless it is
     * a word of a document's title ("Berthelot ils ont…"), then a proper noun too.
     */
    private List<Word> words(String question, Index index) {
        Map<String, String> titleWords = index.documentByTerm();
        List<Word> out = new java.util.ArrayList<>();
        String[] words = QueryAnalyzer.words(question.strip());
        for (int i = 0; i < words.length; i++) {
            String word = QueryAnalyzer.withoutElision(words[i]);
            if (word.length() < 2) continue;
            boolean proper = word.chars().anyMatch(Character::isUpperCase);
            List<String> analysed = analyzer.terms(word);
            boolean opensOnly = i == 0 && !Words.capitalInside(word);
            if (proper && opensOnly && !(analysed.size() == 1 && titleWords.containsKey(analysed.getFirst()))) continue;
            // A proper name written in lower case, as chat does ("chez berthelot"), is one all the same.
            if (analysed.size() == 1) out.add(new Word(word, analysed.getFirst(), proper || index.properNames().contains(analysed.getFirst())));
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
            List<SourceDocument> examples = documents.values().stream()
                    .filter(d -> d.metadata().authority() == fr.paritaire.ingestion.Authority.EXAMPLE).toList();
            Set<String> exampleIds = examples.stream().map(SourceDocument::id).collect(java.util.stream.Collectors.toUnmodifiableSet());
            Map<String, String> byTerm = build(documents.values());
            index = new Index(fingerprint, byTerm, properNames(documents, byTerm), exampleIds, new java.util.concurrent.ConcurrentHashMap<>(),
                    new java.util.concurrent.ConcurrentHashMap<>());
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

    /**
     * The naming words that are proper names: written with a capital (and not all in capitals: "TPE" in lower case is a
     * common noun) in the document's title, not a common French word of the lexicon ("Logistique" in "Berthelot
     * Logistique"), and capitalised in at least {@link #PROPER_NAME_CAPITALISED} of their occurrences in its passages
     * ("Berthelot", "Solvéa", not "Projet").
     */
    private Set<String> properNames(Map<String, SourceDocument> documents, Map<String, String> byTerm) {
        Set<String> proper = new HashSet<>();
        for (SourceDocument d : documents.values()) {
            if (d.title() == null) continue;
            // Each candidate word of the title, with its analysed term.
            Map<String, String> candidates = new java.util.LinkedHashMap<>();
            for (String w : d.title().split("[^\\p{L}\\d]+")) {
                if (w.length() <= 2 || !Character.isUpperCase(w.charAt(0)) || w.equals(w.toUpperCase(java.util.Locale.ROOT))
                        || glossary.lexiconWord(w)) continue;
                List<String> terms = analyzer.terms(w);
                if (terms.size() == 1 && d.id().equals(byTerm.get(terms.getFirst()))) candidates.put(w, terms.getFirst());
            }
            if (candidates.isEmpty()) continue;
            List<fr.paritaire.ingestion.Passage> passages = knowledgeBase.passagesOf(d.id());
            for (String word : candidates.keySet()) {
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?iu)(?<!\\p{L})" + java.util.regex.Pattern.quote(word) + "(?!\\p{L})").matcher("");
                int all = 0, capitalised = 0;
                for (fr.paritaire.ingestion.Passage p : passages) {
                    m.reset(p.text());
                    while (m.find()) {
                        all++;
                        if (Character.isUpperCase(m.group().charAt(0))) capitalised++;
                    }
                }
                if (all >= 3 && capitalised >= PROPER_NAME_CAPITALISED * all) proper.add(candidates.get(word));
            }
        }
        return Set.copyOf(proper);
    }

    private static String fileStem(String path) {
        if (path == null) return "";
        String name = path.substring(path.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return (dot > 0 ? name.substring(0, dot) : name).replaceAll("[-_.]+", " ");
    }
}
