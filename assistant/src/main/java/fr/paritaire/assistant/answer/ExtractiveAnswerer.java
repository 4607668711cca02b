package fr.paritaire.assistant.answer;

import fr.paritaire.ingestion.Passage;
import fr.paritaire.ingestion.chunk.Sentences;
import fr.paritaire.ingestion.search.ExpectedAnswer;
import fr.paritaire.ingestion.search.QuestionCoverage;
import fr.paritaire.ingestion.search.SearchHit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToDoubleFunction;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * The answerer that needs no language model: it quotes the sentences of the retrieved passages that best cover the
 * question, verbatim, numbered and grouped by source. When the passages do not cover enough of the question it says
 * so and names the closest sources instead.
 */
@Component
public class ExtractiveAnswerer {

    private final AnswerProperties properties;
    private final PromptTemplates templates;

    public ExtractiveAnswerer(AnswerProperties properties, PromptTemplates templates) {
        this.properties = properties;
        this.templates = templates;
    }

    record Candidate(SearchHit hit, String sentence, double score) {
    }

    private static final Pattern LIST_ITEM = Pattern.compile("^(?:\\d{1,2}°|[-•▪●◦–]\\s|\\d{1,2}[.)]\\s|[a-z][.)]\\s)");

    /**
     * @param focus how closely a passage's best sentences answer the question, to choose which article of law to quote
     */
    Answer answer(Question question, List<SearchHit> hits, QuestionCoverage scorer, ToDoubleFunction<Passage> focus,
                  boolean asksLegalBasis) {
        double evidence = scorer.isEmpty() ? 0 : bestCoverage(hits, scorer);
        if (hits.isEmpty() || evidence < properties.evidenceFloor()) {
            return refusal(question, hits, evidence);
        }
        ExpectedAnswer expected = ExpectedAnswer.of(question.text());
        if (expected != null && !statesExpectedFact(hits, scorer, expected)) {
            return refusal(question, hits, evidence);
        }
        List<Candidate> chosen = choose(hits, scorer, focus, asksLegalBasis, expected);
        if (chosen.isEmpty()) return refusal(question, hits, evidence);
        return compose(question, chosen, evidence);
    }

    /** The evidence: how much of the question the best of the top passages covers. */
    static double bestCoverage(List<SearchHit> hits, QuestionCoverage scorer) {
        double best = 0;
        for (SearchHit hit : hits.subList(0, Math.min(3, hits.size()))) {
            best = Math.max(best, scorer.coverage(hit.passage().evidenceText()));
        }
        return best;
    }

    /**
     * A question asking for a precise fact is answered only if one of the best passages has a sentence that both
     * states such a fact and is about the question.
     */
    private boolean statesExpectedFact(List<SearchHit> hits, QuestionCoverage scorer, ExpectedAnswer expected) {
        for (SearchHit hit : hits.subList(0, Math.min(properties.factPassages(), hits.size()))) {
            List<String> sentences = Sentences.split(hit.passage().text());
            String section = hit.passage().section() == null ? "" : hit.passage().section() + " ";
            for (int i = 0; i < sentences.size(); i++) {
                // Read with the sentence before it: "Chez Swissmem, … Pour le secteur MET, … qui débuteront en 2028."
                String context = i == 0 ? "" : sentences.get(i - 1) + " ";
                if (expected.statedIn(sentences.get(i))
                        && scorer.coverage(section + context + sentences.get(i)) >= properties.factSentenceFloor()) {
                    return true;
                }
            }
        }
        return false;
    }

    private List<Candidate> choose(List<SearchHit> hits, QuestionCoverage scorer, ToDoubleFunction<Passage> focus,
                                   boolean asksLegalBasis, ExpectedAnswer expected) {
        List<Candidate> candidates = new ArrayList<>();
        for (SearchHit hit : hits) {
            double prior = 0.25 / hit.rank();
            for (String sentence : Sentences.split(hit.passage().text())) {
                if (sentence.length() < properties.minQuoteChars()) continue;
                double score = scorer.coverage(sentence) + prior + (expected != null && expected.statedIn(sentence) ? 0.2 : 0);
                candidates.add(new Candidate(hit, sentence, score));
            }
        }
        candidates.sort(Comparator.comparingDouble(Candidate::score).reversed());
        List<Candidate> chosen = new ArrayList<>();
        Map<String, Integer> perPassage = new LinkedHashMap<>();
        double best = candidates.isEmpty() ? 0 : candidates.getFirst().score();
        for (Candidate c : candidates) {
            if (chosen.size() >= properties.maxQuotes() || c.score() < best * 0.5) break;
            String id = c.hit().passage().id();
            if (perPassage.getOrDefault(id, 0) >= properties.maxQuotesPerPassage()) continue;
            if (chosen.stream().anyMatch(o -> o.sentence().equals(c.sentence()))) continue;
            perPassage.merge(id, 1, Integer::sum);
            chosen.add(c);
        }
        if (asksLegalBasis) {
            // Asked for a legal basis: quote the retrieved articles of law that best answer the question (the best one,
            // and another nearly as good: a right often rests on two articles), rather than only commentary about them.
            List<SearchHit> articles = hits.stream().filter(h -> h.passage().isLegalArticle())
                    .sorted(Comparator.comparingDouble((SearchHit h) -> -focus.applyAsDouble(h.passage()))
                            .thenComparingInt(SearchHit::rank))
                    .toList();
            if (!articles.isEmpty()) {
                double bestFocus = focus.applyAsDouble(articles.getFirst().passage());
                List<Candidate> quotes = articles.stream()
                        .filter(h -> focus.applyAsDouble(h.passage()) >= properties.legalArticleShare() * bestFocus)
                        .limit(properties.legalArticles())
                        .flatMap(h -> candidates.stream().filter(c -> c.hit() == h).limit(1))
                        .toList();
                chosen.removeIf(c -> c.hit().passage().isLegalArticle());
                while (!chosen.isEmpty() && chosen.size() + quotes.size() > properties.maxQuotes()) chosen.removeLast();
                for (Candidate quote : quotes) {
                    leadIn(quote).ifPresent(chosen::add);
                    chosen.add(quote);
                }
            }
        }
        // Read in document order within each passage, passages in rank order.
        chosen.sort(Comparator.comparingInt((Candidate c) -> c.hit().rank())
                .thenComparingInt(c -> c.hit().passage().text().indexOf(c.sentence())));
        return chosen;
    }

    private Answer compose(Question question, List<Candidate> chosen, double evidence) {
        String lang = question.language();
        StringBuilder text = new StringBuilder(templates.template("extractive-intro", lang));
        List<Citation> citations = new ArrayList<>();
        Map<String, List<Candidate>> bySource = new LinkedHashMap<>();
        for (Candidate c : chosen) bySource.computeIfAbsent(c.hit().passage().documentId(), k -> new ArrayList<>()).add(c);
        for (List<Candidate> group : bySource.values()) {
            Passage first = group.getFirst().hit().passage();
            text.append("\n\n").append(first.title()).append(" :");
            for (Candidate c : group) {
                Passage p = c.hit().passage();
                int n = citations.size() + 1;
                citations.add(new Citation(n, p.id(), p.documentId(), p.title(), p.source(), p.section(), p.article(), p.page(), c.sentence()));
                text.append("\n– ");
                String where = locator(p);
                if (!where.isEmpty()) text.append(where).append(" : ");
                text.append("« ").append(c.sentence()).append(" » [").append(n).append(']');
            }
        }
        return new Answer(text.toString(), true, "extractive", citations, lang, evidence);
    }

    /**
     * An item of a list in an article of law ("4° L'introduction de nouvelles technologies") says nothing without the
     * sentence that opens the list ("Le comité est informé et consulté … notamment sur :"): that sentence is quoted too.
     */
    private static Optional<Candidate> leadIn(Candidate item) {
        if (!LIST_ITEM.matcher(item.sentence()).find()) return Optional.empty();
        List<String> sentences = Sentences.split(item.hit().passage().text());
        int at = sentences.indexOf(item.sentence());
        int opening = at < 0 ? -1 : Sentences.listOpenings(sentences)[at];
        if (opening < 0) return Optional.empty();
        return Optional.of(new Candidate(item.hit(), sentences.get(opening).replaceFirst("^[-–•\\s]+", ""), item.score()));
    }

    static String locator(Passage p) {
        List<String> parts = new ArrayList<>();
        if (p.article() != null) parts.add((p.isLegalArticle() ? "Article " : "article ") + p.article());
        if (p.page() != null) parts.add("p. " + p.page());
        return String.join(", ", parts);
    }

    Answer refusal(Question question, List<SearchHit> hits, double evidence) {
        List<String> closest = hits.stream().map(h -> h.passage().title()).distinct().limit(properties.closestSources()).toList();
        String names = closest.isEmpty() ? "—" : "« " + String.join(" », « ", closest) + " »";
        String text = templates.render(closest.isEmpty() ? "refusal-empty" : "refusal", question.language(), Map.of("closest", names));
        return new Answer(text, false, "extractive", List.of(), question.language(), evidence);
    }
}
