package fr.paritaire.ingestion.search;

import fr.paritaire.ingestion.Passage;
import fr.paritaire.ingestion.embed.Embedder;
import fr.paritaire.ingestion.store.KnowledgeBase;
import fr.paritaire.ingestion.store.ScoredPassage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Hybrid retrieval: the question's vector against passage vectors, its French lexical query against the index, both
 * ranked lists fused by reciprocal rank. A passage whose legal article the question names goes first.
 */
public final class HybridSearch {

    private final KnowledgeBase knowledgeBase;
    private final Embedder embedder;
    private final QueryAnalyzer queryAnalyzer;
    private final SearchProperties properties;

    public HybridSearch(KnowledgeBase knowledgeBase, Embedder embedder, QueryAnalyzer queryAnalyzer, SearchProperties properties) {
        this.knowledgeBase = knowledgeBase;
        this.embedder = embedder;
        this.queryAnalyzer = queryAnalyzer;
        this.properties = properties;
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
        LexicalQuery lexical = queryAnalyzer.analyze(query);
        List<ScoredPassage> vectorHits = mode == SearchMode.LEXICAL ? List.of()
                : knowledgeBase.vectorSearch(embedder.embedQuery(query), Math.max(limit, properties.vectorK()), includeExamples);
        List<ScoredPassage> lexicalHits = mode == SearchMode.VECTOR ? List.of()
                : knowledgeBase.lexicalSearch(lexical, Math.max(limit, properties.lexicalK()), includeExamples);
        List<SearchHit> fused = fuse(vectorHits, lexicalHits, lexical, Math.max(limit, properties.rerankDepth()));
        return rerank(query, fused, limit);
    }

    /**
     * Re-orders the best fused passages by a mix of their fused rank and the share of the question (rarity-weighted,
     * glossary-aware) their own text covers.
     */
    private List<SearchHit> rerank(String query, List<SearchHit> fused, int limit) {
        int depth = Math.min(properties.rerankDepth(), fused.size());
        if (depth < 2) return fused.subList(0, Math.min(limit, fused.size()));
        QuestionCoverage coverage = new QuestionCoverage(query, queryAnalyzer, knowledgeBase);
        if (coverage.isEmpty()) return fused.subList(0, Math.min(limit, fused.size()));
        List<SearchHit> head = new ArrayList<>(fused.subList(0, depth));
        double best = head.getFirst().score();
        Map<String, Double> mixed = new HashMap<>();
        for (SearchHit h : head) {
            double rank = best == 0 ? 0 : h.score() / best;
            mixed.put(h.passage().id(), (1 - properties.rerankWeight()) * rank
                    + properties.rerankWeight() * coverage.coverage(h.passage().evidenceText()));
        }
        head.sort(Comparator.comparingDouble((SearchHit h) -> mixed.get(h.passage().id())).reversed());
        List<SearchHit> out = new ArrayList<>(head);
        out.addAll(fused.subList(depth, fused.size()));
        List<SearchHit> ranked = new ArrayList<>(Math.min(limit, out.size()));
        for (int i = 0; i < Math.min(limit, out.size()); i++) {
            SearchHit h = out.get(i);
            ranked.add(new SearchHit(i + 1, h.passage(), h.score(), h.vectorRank(), h.lexicalRank(), h.vectorSimilarity()));
        }
        return ranked;
    }

    private List<SearchHit> fuse(List<ScoredPassage> vectorHits, List<ScoredPassage> lexicalHits, LexicalQuery lexical, int limit) {
        Map<String, Fused> fused = new HashMap<>();
        for (int i = 0; i < vectorHits.size(); i++) {
            Fused f = fused.computeIfAbsent(vectorHits.get(i).passage().id(), id -> new Fused());
            f.passage = vectorHits.get(i).passage();
            f.vectorRank = i + 1;
            f.similarity = vectorHits.get(i).score();
            f.score += properties.vectorWeight() / (properties.rrfK() + i + 1);
        }
        for (int i = 0; i < lexicalHits.size(); i++) {
            Fused f = fused.computeIfAbsent(lexicalHits.get(i).passage().id(), id -> new Fused());
            f.passage = lexicalHits.get(i).passage();
            f.lexicalRank = i + 1;
            f.score += properties.lexicalWeight() / (properties.rrfK() + i + 1);
        }
        for (Fused f : fused.values()) {
            if (f.passage.article() == null) continue;
            if (lexical.articles().contains(f.passage.article())) f.score += 1.0;
            else if (lexical.asksLegalBasis() && f.passage.article().matches("[LRD]\\d.*")) f.score += properties.legalBasisBonus();
        }
        List<Fused> ranked = new ArrayList<>(fused.values());
        ranked.sort(Comparator.comparingDouble((Fused f) -> f.score).reversed().thenComparing(f -> f.passage.id()));
        List<SearchHit> hits = new ArrayList<>(Math.min(limit, ranked.size()));
        for (int i = 0; i < Math.min(limit, ranked.size()); i++) {
            Fused f = ranked.get(i);
            hits.add(new SearchHit(i + 1, f.passage, f.score, f.vectorRank, f.lexicalRank, f.similarity));
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
        java.util.Set<String> present = new java.util.HashSet<>();
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

    public QueryAnalyzer queryAnalyzer() {
        return queryAnalyzer;
    }

    private static final class Fused {
        Passage passage;
        int vectorRank;
        int lexicalRank;
        double similarity;
        double score;
    }
}
