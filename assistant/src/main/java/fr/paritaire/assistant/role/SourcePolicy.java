package fr.paritaire.assistant.role;

import fr.paritaire.assistant.answer.AnswerProperties;
import fr.paritaire.assistant.answer.PromptTemplates;
import fr.paritaire.assistant.answer.Role;
import fr.paritaire.ingestion.Authority;
import fr.paritaire.ingestion.search.QuestionAnalysis;
import fr.paritaire.ingestion.search.Retrieval;
import fr.paritaire.ingestion.search.Retriever;
import fr.paritaire.ingestion.search.SearchFilter;
import fr.paritaire.ingestion.search.SearchHit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Which sources a question may draw on, given who asks. A question about real companies or real agreements never
 * gets the fictional sample agreements. A trainer asking about agreements, clauses or negotiation is offered them as
 * examples, with more passages so several agreements come up; otherwise examples take part only when the question
 * asks for examples. An employer or a delegate asking what the law requires or allows gets the best articles of law
 * even when commentary and demands outrank them.
 */
@Component
public class SourcePolicy {

    /** "une vraie entreprise", "des accords réels", "quelles entreprises ont signé", "real companies", "actual agreements". */
    private static final Pattern REAL = Pattern.compile("(?iu)(?<![\\p{L}])(?:(?<!temps )r[ée]el(?:le)?s?|vrai(?:e)?s?|existant(?:e)?s?|"
            + "(?:quel(?:le)?s?|quel) (?:entreprises?|soci[ée]t[ée]s?|groupes?)|(?:entreprises?|soci[ée]t[ée]s?|groupes?) (?:qui )?(?:a|ont) sign[ée]|"
            + "real(?![- ]time)|actual|existing|which compan(?:y|ies)|what compan(?:y|ies)|compan(?:y|ies) (?:that|who) (?:has |have )?signed|"
            // Who signed an agreement is a question about a real one: the samples were signed by no one.
            + "qui l['’]a sign[ée]e?|qui (?:a|ont) sign[ée]|signataires?|who signed|signed by)(?![\\p{L}])");
    /** France and Europe are where the sample agreements are set; another country named makes the question a real-world one. */
    private static final Pattern HOME = Pattern.compile("(?iu)fran[cç]\\p{L}*|french|europ\\p{L}*");
    /** What a trainer asks when sample agreements can serve: agreements, clauses, negotiation. */
    private static final Pattern AGREEMENTS = Pattern.compile("(?iu)(?<![\\p{L}])(?:accords?|clauses?|conventions? collectives?|"
            + "n[ée]goci\\p{L}*|agreements?|clauses?|bargaining|negotiat\\p{L}*)(?![\\p{L}])");

    /** What binds or advises: where a delegate's or an employer's points are looked for. */
    private static final Set<Authority> POINT_SOURCES = Set.of(Authority.LAW, Authority.AGREEMENT, Authority.GUIDANCE);

    private final AnswerProperties properties;
    private final Map<Role, String> pointSearch;

    public SourcePolicy(AnswerProperties properties, PromptTemplates templates) {
        this.properties = properties;
        Map<String, String> words = templates.entries("role-framing", "fr");
        this.pointSearch = Map.of(Role.DELEGATE, words.getOrDefault("delegate.search", ""),
                Role.EMPLOYER, words.getOrDefault("employer.search", ""));
    }

    /** Whether the question is about real companies or real agreements (fictional examples must never answer it). */
    public static boolean asksAboutRealWorld(String question) {
        return REAL.matcher(question).find();
    }

    /** Retrieves for the question as this role needs it, within the caller's filter. */
    public Retrieval retrieve(Retriever retriever, String question, Role role, SearchFilter filter) {
        QuestionAnalysis analysis = retriever.analyze(question);
        Retrieval retrieval = withLaw(retriever, retriever.retrieve(analysis, request(analysis, role).filtered(filter)), role, filter);
        return withPoints(retriever, retrieval, role, filter);
    }

    /**
     * A delegate needs consultation, an expert, deadlines and what to ask for; an employer the steps to take: passages of
     * law, agreements and guides on the question's topic that speak of these are retrieved as supporting passages: they
     * may be quoted for those points, never in place of what was retrieved for the question, which alone decides.
     */
    private Retrieval withPoints(Retriever retriever, Retrieval retrieval, Role role, SearchFilter filter) {
        String words = role == null ? "" : pointSearch.getOrDefault(role, "");
        if (words.isBlank() || properties.rolePointPassages() <= 0 || !retrieval.question().hasContent()) return retrieval;
        Set<Authority> allowed = filter.authorities().isEmpty() ? POINT_SOURCES
                : filter.authorities().stream().filter(POINT_SOURCES::contains).collect(Collectors.toSet());
        if (allowed.isEmpty()) return retrieval;
        SearchFilter points = new SearchFilter(allowed, filter.documents(), filter.from(), filter.to());
        QuestionAnalysis analysis = retriever.analyze(retrieval.question().text() + " " + words);
        List<SearchHit> found = retriever.retrieve(analysis, Retriever.Request.ranked(properties.rolePointPassages(), false)
                .filtered(points)).hits();
        return new Retrieval(retrieval.question(), retrieval.hits(), after(retrieval.hits(), found));
    }

    private Retrieval withLaw(Retriever retriever, Retrieval retrieval, Role role, SearchFilter filter) {
        boolean lawAllowed = filter.authorities().isEmpty() || filter.authorities().contains(Authority.LAW);
        if ((role != Role.EMPLOYER && role != Role.DELEGATE) || !lawAllowed || properties.roleLawArticles() <= 0
                || !retrieval.question().has(QuestionAnalysis.Intent.LEGAL_BASIS)
                || retrieval.passages().stream().anyMatch(p -> p.authority() == Authority.LAW)) {
            return retrieval;
        }
        SearchFilter lawOnly = new SearchFilter(Set.of(Authority.LAW), filter.documents(), filter.from(), filter.to());
        return appended(retrieval, retriever.retrieve(retrieval.question(), Retriever.Request.ranked(properties.roleLawArticles(), false)
                .filtered(lawOnly)).hits());
    }

    /** The retrieval with these hits ranked after its own, each passage once. */
    private static Retrieval appended(Retrieval retrieval, List<SearchHit> more) {
        List<SearchHit> hits = new ArrayList<>(retrieval.hits());
        hits.addAll(after(retrieval.hits(), more));
        return new Retrieval(retrieval.question(), hits);
    }

    /** The hits of {@code more} whose passage is not among {@code hits} (each passage once), ranked after them. */
    private static List<SearchHit> after(List<SearchHit> hits, List<SearchHit> more) {
        Set<String> ids = hits.stream().map(h -> h.passage().id()).collect(Collectors.toCollection(java.util.HashSet::new));
        List<SearchHit> out = new ArrayList<>();
        for (SearchHit hit : more) {
            if (ids.add(hit.passage().id())) out.add(hit.ranked(hits.size() + out.size() + 1));
        }
        return out;
    }

    /**
     * The retrieval request for an analysed question and role: a question naming a country other than France is about
     * the real world too ("Au Danemark, il existe un accord…").
     */
    public Retriever.Request request(QuestionAnalysis question, Role role) {
        boolean abroad = question.keyTerms().stream().anyMatch(t -> t.place() && !t.city() && !HOME.matcher(t.word()).matches());
        return request(question.text(), role, abroad);
    }

    /** The retrieval request for this question and role (filters are added by the caller). */
    public Retriever.Request request(String question, Role role) {
        return request(question, role, false);
    }

    private Retriever.Request request(String question, Role role, boolean abroad) {
        int passages = properties.passages();
        if (abroad || asksAboutRealWorld(question)) {
            return new Retriever.Request(passages, false, passages, properties.citedArticles());
        }
        if (role == Role.TRAINER && AGREEMENTS.matcher(question).find()) {
            int more = Math.max(passages, properties.trainerPassages());
            return new Retriever.Request(more, true, passages, properties.citedArticles());
        }
        return new Retriever.Request(passages, null, passages, properties.citedArticles());
    }
}
