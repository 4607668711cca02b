package fr.paritaire.assistant.answer;

import fr.paritaire.ingestion.Authority;
import fr.paritaire.ingestion.Passage;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Lays out chosen quotes binding first: one section per authority in {@link Authority} order ("Ce que dit la loi",
 * "Ce que prévoit l'accord", … "Positions et revendications"), sources grouped under it. A position's source says it
 * is a demand; every quote of a fictional example says it is fictional. When a quoted clause and a quoted article of
 * law give different numbers, a last line flags it for review.
 */
final class BindingFirst {

    private final AuthorityLabels labels;
    private final PromptTemplates templates;

    BindingFirst(AuthorityLabels labels, PromptTemplates templates) {
        this.labels = labels;
        this.templates = templates;
    }

    Draft compose(String intro, List<ExtractiveAnswerer.Candidate> chosen, String lang) {
        return compose(intro, chosen, RoleFraming.Framing.NONE, lang);
    }

    Draft compose(String intro, List<ExtractiveAnswerer.Candidate> chosen, RoleFraming.Framing framing, String lang) {
        StringBuilder text = new StringBuilder(intro);
        List<Draft.Quote> quotes = new ArrayList<>();
        Map<ExtractiveAnswerer.Candidate, Integer> numbers = new HashMap<>();
        Map<Integer, String> clauses = new LinkedHashMap<>();
        Map<Integer, String> laws = new LinkedHashMap<>();
        for (Map.Entry<Authority, Map<String, List<ExtractiveAnswerer.Candidate>>> section : sections(chosen).entrySet()) {
            Authority authority = section.getKey();
            text.append("\n\n").append(labels.heading(authority, lang));
            for (List<ExtractiveAnswerer.Candidate> group : section.getValue().values()) {
                Passage first = group.getFirst().hit().passage();
                String note = labels.note(authority, first.level(), lang);
                text.append('\n').append(first.title()).append(note.isEmpty() ? "" : " (" + note + ")").append(" :");
                for (ExtractiveAnswerer.Candidate c : group) {
                    Passage p = c.hit().passage();
                    int n = quotes.size() + 1;
                    quotes.add(new Draft.Quote(n, p.id(), c.sentence()));
                    numbers.putIfAbsent(c, n);
                    if (authority == Authority.LAW) laws.put(n, c.sentence());
                    if (authority == Authority.AGREEMENT || authority == Authority.EXAMPLE) clauses.put(n, c.sentence());
                    text.append("\n– ");
                    String where = ExtractiveAnswerer.locator(p);
                    if (authority == Authority.EXAMPLE) {
                        String fictional = labels.note(Authority.EXAMPLE, null, lang);
                        where = where.isEmpty() ? fictional : where + ", " + fictional;
                    }
                    if (!where.isEmpty()) text.append(where).append(" : ");
                    text.append("« ").append(c.sentence()).append(" » [").append(n).append(']');
                }
            }
        }
        if (!framing.isEmpty()) text.append("\n\n").append(frame(framing, numbers, lang));
        for (NormConflicts.Conflict conflict : NormConflicts.find(clauses, laws)) {
            text.append("\n\n").append(templates.render("norm-conflict", lang, Map.of(
                    "clause", Integer.toString(conflict.clause()), "law", Integer.toString(conflict.law()),
                    "clauseValue", conflict.inClause().written(), "lawValue", conflict.inLaw().written())));
        }
        return new Draft(text.toString(), quotes, Answer.EXTRACTIVE);
    }

    /**
     * The role's points, each followed by the numbers of the quotes that support it: a delegate's as a list, then
     * those the passages say nothing about; an employer's as numbered steps, in order.
     */
    private String frame(RoleFraming.Framing framing, Map<ExtractiveAnswerer.Candidate, Integer> numbers, String lang) {
        Map<String, String> words = templates.entries("role-framing", lang);
        String role = framing.role().name().toLowerCase(Locale.ROOT);
        StringBuilder text = new StringBuilder(words.get(role + ".heading"));
        int step = 0;
        for (Map.Entry<RoleFraming.Point, List<ExtractiveAnswerer.Candidate>> point : framing.found().entrySet()) {
            String markers = point.getValue().stream().map(numbers::get).filter(java.util.Objects::nonNull).distinct()
                    .sorted().map(n -> "[" + n + "]").collect(Collectors.joining(" "));
            if (markers.isEmpty()) continue;
            String label = words.get(point.getKey().key());
            text.append('\n').append(framing.role() == Role.EMPLOYER ? ++step + ". " : "– ").append(label).append(' ').append(markers);
        }
        if (!framing.absent().isEmpty()) {
            List<String> absent = framing.absent().stream().map(p -> lowerFirst(words.get(p.key()))).toList();
            text.append('\n').append(words.get(role + ".absent").replace("{points}", templates.list(absent, lang)));
        }
        return text.toString();
    }

    private static String lowerFirst(String label) {
        return label.isEmpty() ? label : label.substring(0, 1).toLowerCase(Locale.ROOT) + label.substring(1);
    }

    /** Quotes by authority (binding first), then by document in the order they were chosen. */
    private static Map<Authority, Map<String, List<ExtractiveAnswerer.Candidate>>> sections(List<ExtractiveAnswerer.Candidate> chosen) {
        Map<Authority, Map<String, List<ExtractiveAnswerer.Candidate>>> sections = new EnumMap<>(Authority.class);
        for (ExtractiveAnswerer.Candidate c : chosen) {
            Passage p = c.hit().passage();
            sections.computeIfAbsent(p.authority(), a -> new LinkedHashMap<>())
                    .computeIfAbsent(p.documentId(), d -> new ArrayList<>()).add(c);
        }
        return sections;
    }
}
