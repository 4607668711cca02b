package fr.paritaire.ingestion.search;

import fr.paritaire.ingestion.Authority;
import fr.paritaire.ingestion.store.PassageFilter;
import java.util.List;

/**
 * The query side as the assistant sees it: a question goes in, the passages that may answer it come out with what was
 * learned about the question. Analysis, fusion, re-ranking and the store stay behind this facade.
 */
public final class Retriever {

    private final HybridSearch search;

    public Retriever(HybridSearch search) {
        this.search = search;
    }

    /**
     * What to retrieve for one question.
     *
     * @param passages how many ranked passages
     * @param examples whether fictional example documents take part; {@code null}: when the question asks for examples
     * @param citingPassages how many of the best passages may bring in the articles of law they cite
     * @param citedArticles at most this many cited articles are added after the ranked passages
     * @param filter authorities, documents and dates the passages must have ({@link SearchFilter#NONE}: any)
     */
    public record Request(int passages, Boolean examples, int citingPassages, int citedArticles, SearchFilter filter) {

        public Request {
            if (filter == null) filter = SearchFilter.NONE;
        }

        public Request(int passages, Boolean examples, int citingPassages, int citedArticles) {
            this(passages, examples, citingPassages, citedArticles, SearchFilter.NONE);
        }

        /** Ranked passages only, as {@code /api/search} returns them. */
        public static Request ranked(int passages, Boolean examples) {
            return new Request(passages, examples, 0, 0);
        }

        public Request filtered(SearchFilter filter) {
            return new Request(passages, examples, citingPassages, citedArticles, filter);
        }
    }

    public QuestionAnalysis analyze(String question) {
        return search.analyze(question);
    }

    public Retrieval retrieve(String question, Request request) {
        return retrieve(search.analyze(question), request);
    }

    /** Retrieves for a question already analysed (a follow-up made standalone is analysed once, here). */
    public Retrieval retrieve(QuestionAnalysis question, Request request) {
        // Asked outright (true or false) wins; otherwise examples come when the question or the filter asks for them, or
        // when the question names a sample agreement ("chez Solvéa", "l'accord Berthelot") or what only they speak of
        // ("l'UNIMEP"): it is about that example.
        boolean examples = request.examples() != null ? request.examples()
                : question.has(QuestionAnalysis.Intent.EXAMPLES) || request.filter().authorities().contains(Authority.EXAMPLE)
                || question.named().aboutExample();
        PassageFilter filter = request.filter().toPassageFilter(examples, search.documents().values());
        List<SearchHit> hits = search.search(question, request.passages(), SearchMode.HYBRID, filter);
        if (request.citedArticles() > 0) {
            hits = search.withCitedArticles(hits, request.citingPassages(), request.citedArticles());
        }
        return new Retrieval(question, accepted(hits, filter));
    }

    /** The hits the filter accepts, renumbered (articles cited by a passage are looked up without it). */
    private static List<SearchHit> accepted(List<SearchHit> hits, PassageFilter filter) {
        List<SearchHit> out = new java.util.ArrayList<>(hits.size());
        for (SearchHit h : hits) {
            if (!filter.accepts(h.passage())) continue;
            out.add(h.ranked(out.size() + 1));
        }
        return out;
    }

    /** The ranked passages with one retrieval side only, or both: for benchmarks that compare them. */
    public List<SearchHit> search(String question, int limit, SearchMode mode) {
        return search.search(question, limit, mode);
    }
}
