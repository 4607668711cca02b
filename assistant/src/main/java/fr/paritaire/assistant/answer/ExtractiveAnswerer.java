package fr.paritaire.assistant.answer;

import fr.paritaire.assistant.decide.Decision;
import fr.paritaire.ingestion.Passage;
import fr.paritaire.ingestion.search.ExpectedAnswer;
import fr.paritaire.ingestion.search.QuestionAnalysis;
import fr.paritaire.ingestion.search.SearchHit;
import fr.paritaire.ingestion.text.Sentences;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * The answerer that needs no language model: it quotes the sentences of the retrieved passages that best cover the
 * question, verbatim, numbered and grouped binding first (the law, then agreements, guides, studies, positions), then by
 * source. A partial answer says first what the documents do not give. A trainer gets whole clauses from several
 * agreements, to compare.
 */
@Component
public class ExtractiveAnswerer implements Answerer {

    private final AnswerProperties properties;
    private final PromptTemplates templates;
    private final BindingFirst bindingFirst;
    private final TrainerClauses trainerClauses;
    private final RoleFraming roleFraming;

    @org.springframework.beans.factory.annotation.Autowired
    public ExtractiveAnswerer(AnswerProperties properties, PromptTemplates templates, AuthorityLabels labels) {
        this.properties = properties;
        this.templates = templates;
        this.bindingFirst = new BindingFirst(labels, templates);
        this.trainerClauses = new TrainerClauses(properties.trainerClauses(), properties.trainerClauseShare());
        this.roleFraming = new RoleFraming(properties.roleFramingQuotes(), properties.minQuoteChars());
    }

    public ExtractiveAnswerer(AnswerProperties properties, PromptTemplates templates) {
        this(properties, templates, new AuthorityLabels(templates));
    }

    record Candidate(SearchHit hit, String sentence, double score) {
    }

    private static final Pattern LIST_ITEM = Pattern.compile("^(?:\\d{1,2}°|[-•▪●◦–]\\s|\\d{1,2}[.)]\\s|[a-z][.)]\\s)");

    @Override
    public String mode() {
        return Answer.EXTRACTIVE;
    }

    @Override
    public Draft draft(AnswerContext context) {
        QuestionAnalysis question = context.retrieval().question();
        List<Candidate> chosen = context.question().role() == Role.TRAINER
                ? trainerClauses.choose(context.retrieval().hits(), question) : List.of();
        if (!chosen.isEmpty()) return compose(context, chosen, RoleFraming.Framing.NONE);
        chosen = choose(context.retrieval().hits(), question);
        RoleFraming.Framing framing = roleFraming.frame(context.question().role(), chosen, context.retrieval().allHits(), question);
        return compose(context, chosen, framing);
    }

    private List<Candidate> choose(List<SearchHit> hits, QuestionAnalysis question) {
        ExpectedAnswer expected = question.expectedAnswer().orElse(null);
        List<Candidate> candidates = new ArrayList<>();
        for (SearchHit hit : hits) {
            double prior = 0.25 / hit.rank();
            for (String sentence : Sentences.split(hit.passage().text())) {
                if (sentence.length() < properties.minQuoteChars()) continue;
                double score = question.coverage(sentence) + prior + (expected != null && expected.statedIn(sentence) ? 0.2 : 0);
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
        if (question.has(QuestionAnalysis.Intent.LEGAL_BASIS)) {
            // Asked for a legal basis: quote the retrieved articles of law that best answer the question (the best one,
            // and another nearly as good: a right often rests on two articles), rather than only commentary about them.
            List<SearchHit> articles = hits.stream().filter(h -> h.passage().isLegalArticle())
                    .sorted(Comparator.comparingDouble((SearchHit h) -> -question.focus(h.passage()))
                            .thenComparingInt(SearchHit::rank))
                    .toList();
            if (!articles.isEmpty()) {
                double bestFocus = question.focus(articles.getFirst().passage());
                List<Candidate> quotes = articles.stream()
                        .filter(h -> question.focus(h.passage()) >= properties.legalArticleShare() * bestFocus)
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

    private Draft compose(AnswerContext context, List<Candidate> chosen, RoleFraming.Framing framing) {
        String lang = context.language();
        Decision decision = context.decision();
        String intro = decision.verdict() == Decision.Verdict.PARTIAL
                ? templates.render("partial-intro", lang, Map.of("missing", templates.list(decision.missing(), lang)))
                : templates.template("extractive-intro", lang);
        return bindingFirst.compose(intro, chosen, framing, lang);
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
}
