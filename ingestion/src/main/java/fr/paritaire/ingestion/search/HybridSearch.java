package fr.paritaire.ingestion.search;

import fr.paritaire.ingestion.Passage;
import fr.paritaire.ingestion.embed.Embedder;
import fr.paritaire.ingestion.store.KnowledgeBase;
import fr.paritaire.ingestion.store.ScoredPassage;
import java.util.ArrayList;
import java.util.Comparator;
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

    public HybridSearch(KnowledgeBase knowledgeBase, Embedder embedder, QueryAnalyzer queryAnalyzer, SearchProperties properties) {
        this.knowledgeBase = knowledgeBase;
        this.embedder = embedder;
        this.queryAnalyzer = queryAnalyzer;
        this.properties = properties;
        this.documentNames = new DocumentNames(knowledgeBase, queryAnalyzer.analyzer(), properties.namingLift());
        this.focus = new PassageFocus(queryAnalyzer.analyzer(), properties.rerankWindow(), properties.answerTypeBonus());
    }

    public List<SearchHit> search(String query, int limit) {
        return search(query, limit, SearchMode.HYBRID);
    }

    public List<SearchHit> search(String query, int limit, SearchMode mode) {
        return search(query, limit, mode, queryAnalyzer.asksForExamples(query));
    }

    /**
     * Ranked passages for a query. Fictional example documents (sample agreements for training) take part only when
     * {@code includeExamples}: a delegate asking about the law must never be answered from a made-up agreement.
     */
    public List<SearchHit> search(String query, int limit, SearchMode mode, boolean includeExamples) {
        DocumentNames.Named named = documentNames.in(query);
        LexicalQuery lexical = lexicalQuery(query, named);
        // The question's embedding (the slow part) runs while the lexical side searches.
        CompletableFuture<List<ScoredPassage>> vector = mode == SearchMode.LEXICAL ? CompletableFuture.completedFuture(List.of())
                : CompletableFuture.supplyAsync(() -> knowledgeBase.vectorSearch(embedder.embedQuery(query),
                        Math.max(limit, properties.vectorK()), includeExamples), PARALLEL);
        List<ScoredPassage> lexicalHits = mode == SearchMode.VECTOR ? List.of()
                : knowledgeBase.lexicalSearch(lexical, Math.max(limit, properties.lexicalK()), includeExamples);
        List<Candidate> candidates = fuse(join(vector), lexicalHits, lexical, named, queryAnalyzer.asksForArticle(query));
        return rank(query, named, candidates, limit);
    }

    /**
     * The lexical query of a question. Words that name a document ("LaborIA", "iMET") weigh little in passage ranking:
     * they pick the document (see {@link DocumentNames}), the rest of the question picks the passage.
     */
    public LexicalQuery lexicalQuery(String query) {
        return lexicalQuery(query, documentNames.in(query));
    }

    /**
     * How much of the question a text covers, leaving out the words that say where to look rather than what is asked
     * (a document's name, "l'étude", "le guide"): the passage that introduces "LaborIA" does not answer a question
     * about LaborIA's advice.
     */
    public QuestionCoverage coverage(String query) {
        return coverage(query, documentNames.in(query));
    }

    private QuestionCoverage coverage(String query, DocumentNames.Named named) {
        Set<String> sourceWords = new HashSet<>(named.terms());
        queryAnalyzer.contentTerms(query).stream().filter(queryAnalyzer::refersToSource).forEach(sourceWords::add);
        return new QuestionCoverage(query, queryAnalyzer, knowledgeBase, sourceWords);
    }

    /** The documents a question names, by id. */
    public Set<String> namedDocuments(String query) {
        return documentNames.in(query).documentIds();
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
            if (article != null && lexical.articles().contains(article)) c.namedArticle = true;
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
    private List<SearchHit> rank(String query, DocumentNames.Named named, List<Candidate> candidates, int limit) {
        int depth = Math.min(properties.rerankDepth(), candidates.size());
        if (depth >= 2) {
            QuestionCoverage coverage = coverage(query, named);
            ExpectedAnswer expected = ExpectedAnswer.of(query);
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
    public List<SearchHit> withCitedArticles(List<SearchHit> hits, int citingPassages, int max) {
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

    /** How closely a passage's best sentences answer a question (what re-ranking uses). */
    public PassageFocus focus() {
        return focus;
    }

    public QueryAnalyzer queryAnalyzer() {
        return queryAnalyzer;
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
