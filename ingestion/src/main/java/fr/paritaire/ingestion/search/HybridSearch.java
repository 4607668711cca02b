package fr.paritaire.ingestion.search;

import fr.paritaire.ingestion.store.LexicalQuery;
import fr.paritaire.ingestion.text.Articles;
import fr.paritaire.ingestion.text.FrenchAnalyzer;
import fr.paritaire.ingestion.Passage;
import fr.paritaire.ingestion.embed.Embedder;
import fr.paritaire.ingestion.store.KnowledgeBase;
import fr.paritaire.ingestion.store.PassageFilter;
import fr.paritaire.ingestion.store.ScoredPassage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Hybrid retrieval: the question's vector against passage vectors, its French lexical query against the index, both
 * ranked lists fused by reciprocal rank. A passage whose legal article the question names goes first.
 */
public final class HybridSearch {


    private static final ExecutorService PARALLEL = Executors.newVirtualThreadPerTaskExecutor();

    private final KnowledgeBase knowledgeBase;
    private final Embedder embedder;
    private final QueryAnalyzer queryAnalyzer;
    private final SearchProperties properties;
    private final DocumentNames documentNames;
    private final PassageFocus focus;
    private final Citations citations;

    public HybridSearch(KnowledgeBase knowledgeBase, Embedder embedder, QueryAnalyzer queryAnalyzer, SearchProperties properties) {
        this.knowledgeBase = knowledgeBase;
        this.embedder = embedder;
        this.queryAnalyzer = queryAnalyzer;
        this.properties = properties;
        this.citations = new Citations(properties.enumerationNames());
        this.documentNames = new DocumentNames(knowledgeBase, queryAnalyzer.analyzer(), queryAnalyzer.glossary(), properties.namingLift(), citations);
        this.focus = new PassageFocus(queryAnalyzer.analyzer(), properties.rerankWindow(), properties.answerTypeBonus());
    }

    /** Analyses a question once: everything search and answering need to know about it. */
    public QuestionAnalysis analyze(String question) {
        List<Glossary.Match> matches = queryAnalyzer.glossary().matches(question, true);
        Map<String, Set<String>> cities = cityVariants(matches);
        DocumentNames.Named named = documentNames.withCities(documentNames.in(question), cities);
        LexicalQuery lexical = lexicalQuery(question, named);
        // The question's words, their passage counts and its glossary matches: read once, for coverage and key terms.
        Map<String, String> words = queryAnalyzer.contentWords(question);
        Map<String, Integer> df = knowledgeBase.documentFrequencies(words.keySet());
        int n = Math.max(1, knowledgeBase.passageCount());
        Set<String> sourceWords = new HashSet<>(named.terms());
        words.keySet().stream().filter(queryAnalyzer::refersToSource).forEach(sourceWords::add);
        QuestionCoverage coverage = new QuestionCoverage(question, queryAnalyzer.analyzer(), words, sourceWords, df, n, matches);
        Set<QuestionAnalysis.Intent> intents = EnumSet.noneOf(QuestionAnalysis.Intent.class);
        if (lexical.asksLegalBasis()) intents.add(QuestionAnalysis.Intent.LEGAL_BASIS);
        if (queryAnalyzer.asksForArticle(question)) intents.add(QuestionAnalysis.Intent.ARTICLE_REQUEST);
        if (queryAnalyzer.asksForExamples(question)) intents.add(QuestionAnalysis.Intent.EXAMPLES);
        if (queryAnalyzer.asksStance(question)) intents.add(QuestionAnalysis.Intent.STANCE);
        Set<String> places = new HashSet<>();
        Set<String> common = new HashSet<>();
        for (Glossary.Match match : matches) {
            if (match.place()) places.addAll(queryAnalyzer.analyzer().terms(match.found()));
            if (match.common()) common.addAll(queryAnalyzer.analyzer().terms(match.found()));
        }
        List<QuestionAnalysis.KeyTerm> keyTerms = new ArrayList<>();
        words.forEach((term, word) -> {
            int f = df.getOrDefault(term, 0);
            keyTerms.add(new QuestionAnalysis.KeyTerm(term, word, QuestionCoverage.idf(f, n), f, sourceWords.contains(term),
                    places.contains(term), cities.containsKey(term), common.contains(term)));
        });
        return new QuestionAnalysis(question, QueryAnalyzer.isEnglish(question) ? "en" : "fr", intents,
                ExpectedAnswer.of(question), keyTerms, lexical, named, coverage, focus, matches, queryAnalyzer.glossary(), citations);
    }

    /** For each city the question names, its analysed word and the analysed words of all its variants. */
    private Map<String, Set<String>> cityVariants(List<Glossary.Match> matches) {
        Map<String, Set<String>> cities = new HashMap<>();
        for (Glossary.Match match : matches) {
            if (!match.city()) continue;
            List<String> found = queryAnalyzer.analyzer().terms(match.found());
            Set<String> variants = new HashSet<>(found);
            match.equivalents().forEach(v -> variants.addAll(queryAnalyzer.analyzer().terms(v)));
            found.forEach(term -> cities.put(term, variants));
        }
        return cities;
    }

    public List<SearchHit> search(String query, int limit) {
        return search(query, limit, SearchMode.HYBRID);
    }

    public List<SearchHit> search(String query, int limit, SearchMode mode) {
        QuestionAnalysis question = analyze(query);
        return search(question, limit, mode, question.has(QuestionAnalysis.Intent.EXAMPLES));
    }

    /**
     * Ranked passages for an analysed question. Fictional example documents (sample agreements for training) take part
     * only when {@code includeExamples}: a delegate asking about the law must never be answered from a made-up agreement.
     */
    public List<SearchHit> search(QuestionAnalysis question, int limit, SearchMode mode, boolean includeExamples) {
        return search(question, limit, mode, PassageFilter.examples(includeExamples));
    }

    /** Ranked passages among those the filter accepts (authorities, documents, examples). */
    public List<SearchHit> search(QuestionAnalysis question, int limit, SearchMode mode, PassageFilter filter) {
        String query = question.text();
        // The question's embedding (the slow part) runs while the lexical side searches.
        CompletableFuture<List<ScoredPassage>> vector = mode == SearchMode.LEXICAL ? CompletableFuture.completedFuture(List.of())
                : CompletableFuture.supplyAsync(() -> knowledgeBase.vectorSearch(embedder.embedQuery(query),
                        Math.max(limit, properties.vectorK()), filter), PARALLEL);
        List<ScoredPassage> lexicalHits = mode == SearchMode.VECTOR ? List.of()
                : knowledgeBase.lexicalSearch(question.lexical(), Math.max(limit, properties.lexicalK()), filter);
        List<Candidate> candidates = fuse(join(vector), lexicalHits, question.lexical(), question.named(),
                question.has(QuestionAnalysis.Intent.ARTICLE_REQUEST));
        return rank(question, candidates, limit);
    }

    /**
     * The lexical query of a question. Words that name a document ("LaborIA", "iMET") weigh little in passage ranking:
     * they pick the document (see {@link DocumentNames}), the rest of the question picks the passage.
     */
    LexicalQuery lexicalQuery(String query) {
        return lexicalQuery(query, documentNames.in(query));
    }

    private LexicalQuery lexicalQuery(String query, DocumentNames.Named named) {
        LexicalQuery lexical = queryAnalyzer.analyze(query);
        List<LexicalQuery.WeightedTerm> terms = lexical.terms().stream()
                .map(t -> pointsAtSource(t.analyzed(), named)
                        ? new LexicalQuery.WeightedTerm(t.analyzed(), t.word(), t.weight() * properties.namingTermWeight()) : t)
                .toList();
        return new LexicalQuery(lexical.text(), terms, lexical.articles(), lexical.asksLegalBasis());
    }

    /** A word that says where to look rather than what is asked: a document's name, or "étude", "guide"… */
    private boolean pointsAtSource(String analyzedTerm, DocumentNames.Named named) {
        return named.terms().contains(analyzedTerm) || queryAnalyzer.refersToSource(analyzedTerm);
    }

    private static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw e;
        }
    }

    /**
     * Fuses both sides by weighted reciprocal rank, then adds what the question says about where to look: a bonus for
     * passages of a document it names and, when it asks for a legal basis, for articles of law (more when it asks
     * outright which article applies). Fused scores are relative to the best fused passage (1.0), so bonuses mean the
     * same whatever the fusion constants.
     */
    private List<Candidate> fuse(List<ScoredPassage> vectorHits, List<ScoredPassage> lexicalHits, LexicalQuery lexical,
                                 DocumentNames.Named named, boolean asksForArticle) {
        Map<String, Candidate> fused = new HashMap<>();
        for (int i = 0; i < vectorHits.size(); i++) {
            Candidate c = fused.computeIfAbsent(vectorHits.get(i).passage().id(), id -> new Candidate());
            c.passage = vectorHits.get(i).passage();
            c.vectorRank = i + 1;
            c.similarity = vectorHits.get(i).score();
            c.fused += properties.vectorWeight() / (properties.rrfK() + i + 1);
        }
        for (int i = 0; i < lexicalHits.size(); i++) {
            Candidate c = fused.computeIfAbsent(lexicalHits.get(i).passage().id(), id -> new Candidate());
            c.passage = lexicalHits.get(i).passage();
            c.lexicalRank = i + 1;
            c.fused += properties.lexicalWeight() / (properties.rrfK() + i + 1);
        }
        double best = fused.values().stream().mapToDouble(c -> c.fused).max().orElse(1);
        for (Candidate c : fused.values()) {
            c.fused /= best;
            if (named.documentIds().contains(c.passage.documentId())) c.bonus += properties.namedDocumentBoost();
            String article = c.passage.article();
            // The article the question names comes first: in the document it names, if it names one.
            if (article != null && lexical.articles().stream().anyMatch(a -> Articles.sameOrPart(article, a))
                    && (named.documentIds().isEmpty() || named.documentIds().contains(c.passage.documentId()))) c.namedArticle = true;
            else if (lexical.asksLegalBasis() && c.passage.isLegalArticle()) {
                c.bonus += asksForArticle ? properties.articleRequestBonus() : properties.legalBasisBonus();
            }
            c.score = c.fused + c.bonus;
        }
        List<Candidate> ranked = new ArrayList<>(fused.values());
        ranked.sort(ORDER);
        return ranked;
    }

    /**
     * Re-ranks the best {@code rerankDepth} candidates by a mix of their fused score and their {@link PassageFocus focus}
     * on the question, bonuses kept, then numbers the first {@code limit}.
     */
    private List<SearchHit> rank(QuestionAnalysis question, List<Candidate> candidates, int limit) {
        int depth = Math.min(properties.rerankDepth(), candidates.size());
        if (depth >= 2) {
            QuestionCoverage coverage = question.questionCoverage();
            ExpectedAnswer expected = question.expected();
            if (!coverage.isEmpty()) {
                List<Candidate> head = candidates.subList(0, depth);
                double best = head.stream().mapToDouble(c -> c.fused).max().orElse(1);
                for (Candidate c : head) {
                    c.score = (1 - properties.rerankWeight()) * c.fused / best
                            + properties.rerankWeight() * focus.of(coverage, expected, c.passage) + c.bonus;
                }
                head.sort(ORDER);
            }
        }
        List<SearchHit> hits = new ArrayList<>(Math.min(limit, candidates.size()));
        for (int i = 0; i < Math.min(limit, candidates.size()); i++) {
            Candidate c = candidates.get(i);
            hits.add(new SearchHit(i + 1, c.passage, c.score, c.vectorRank, c.lexicalRank, c.similarity));
        }
        return hits;
    }

    /**
     * The hits followed by the articles of law their best passages cite, when the knowledge base holds them as passages
     * of their own (a guide says "cf. article L. 2312-8", the annex has the article): the answer can then quote the law
     * itself. At most {@code max} are added.
     */
    List<SearchHit> withCitedArticles(List<SearchHit> hits, int citingPassages, int max) {
        List<SearchHit> out = new ArrayList<>(hits);
        Set<String> present = new HashSet<>();
        hits.forEach(h -> present.add(h.passage().id()));
        int added = 0;
        for (SearchHit hit : hits.subList(0, Math.min(citingPassages, hits.size()))) {
            for (String article : QueryAnalyzer.codeArticlesCitedIn(hit.passage().text())) {
                if (article.equals(hit.passage().article())) continue;
                for (Passage cited : knowledgeBase.passagesWithArticle(article)) {
                    if (added >= max || !present.add(cited.id())) continue;
                    out.add(new SearchHit(out.size() + 1, cited, 0, 0, 0, 0));
                    added++;
                }
            }
        }
        return out;
    }

    /** The stored documents by source, for filters on documents and dates. */
    java.util.Map<String, fr.paritaire.ingestion.SourceDocument> documents() {
        return knowledgeBase.documents();
    }

    /** Named articles first, then by score; ties by id, so equal scores always come out in the same order. */
    private static final Comparator<Candidate> ORDER = Comparator.comparing((Candidate c) -> !c.namedArticle)
            .thenComparing(Comparator.comparingDouble((Candidate c) -> c.score).reversed())
            .thenComparing(c -> c.passage.id());

    private static final class Candidate {
        Passage passage;
        int vectorRank;
        int lexicalRank;
        double similarity;
        double fused;
        double bonus;
        boolean namedArticle;
        double score;
    }
}
