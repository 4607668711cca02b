package fr.paritaire.assistant.answer;

import fr.paritaire.ingestion.Authority;
import fr.paritaire.ingestion.search.QuestionAnalysis;
import fr.paritaire.ingestion.search.SearchHit;
import fr.paritaire.ingestion.text.Sentences;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a delegate or an employer needs beyond the quotes themselves. A delegate gets the points they can act on —
 * information and consultation, an expert, the procedure (opinion, meeting, recourse), timing and deadlines, what to ask
 * for — each pointing at the quotes that support it, and is told which of them the passages say nothing about. An
 * employer gets the steps, in the order they are taken: assess, consult the works council before deciding, inform the
 * people concerned, train, monitor. A point rests only on the law, an agreement, a guide or a sample agreement the
 * answer already quotes (labelled fictional) — never on a study or a demand — and on a sentence about the
 * representatives (a delegate's) or one that obliges or advises (an employer's). A point the chosen quotes do not
 * support is looked for in the other retrieved passages, including the role's supporting ones, on the question's topic.
 */
final class RoleFraming {

    /** One point a role needs; a delegate's are shown in this order, an employer's in {@link #STEPS} order. */
    enum Point {
        INFORMATION(Role.DELEGATE, "(?:inform[ée]e?s?|consult[ée]e?s?|consultation|information|consulter|informer|informed|consulted|consult)"),
        EXPERTISE(Role.DELEGATE, "(?:experts?|expertises?)"),
        PROCEDURE(Role.DELEGATE, "(?:avis|r[ée]unions?|ordre du jour|proc[ée]dures?|recours|contest\\p{L}*|saisi\\p{L}*|n[ée]goci\\p{L}*|droit d['’]alerte|"
                + "opinion|meetings?|agenda|procedures?|appeal\\p{L}*|challeng\\p{L}*|negotiat\\p{L}*)"),
        DEADLINES(Role.DELEGATE, "(?:d[ée]lais?|pr[ée]alablement|pr[ée]alable|jours avant|avant (?:toute|tout|leur|son|sa) (?:d[ée]cision|d[ée]ploiement|introduction|utilisation|mise|lancement)|"
                + "deadlines?|beforehand|in advance|prior to|days before)"),
        REQUEST(Role.DELEGATE, "(?:demander|demande|obtenir|communiqu\\p{L}*|transmise?s?|transmet|remise?s?|re[çc]oit|re[çc]oivent|acc[èe]s [àa]|bilan|documentation|"
                + "request|obtain|receive|provided with|access to)"),
        CONSULT(Role.EMPLOYER, "(?:consult\\p{L}*|comit[ée] social|CSE|repr[ée]sentants du personnel|instances repr[ée]sentatives|IRP|works council|employee representatives)"),
        ASSESS(Role.EMPLOYER, "(?:[ée]valu\\p{L}* (?:les |des |l['’]ensemble des )?risques|[ée]valuation des (?:risques|impacts)|analyse d['’]impact|AIPD|DUERP|"
                + "document unique|diagnostic|assess\\p{L}* (?:the )?(?:risks?|impacts?)|risk assessment|impact assessment)"),
        INFORM(Role.EMPLOYER, "(?:(?:inform\\p{L}*|port[ée]e?s? [àa] la connaissance|transparen\\p{L}*)(?=.*(?:salari[ée]s|candidats|personnes concern[ée]es|travailleur|employees|candidates|workers)))"),
        TRAIN(Role.EMPLOYER, "(?:form(?:er|ations?|é|ée|és|ées)|mont[ée]e en comp[ée]tences|training|train)"),
        MONITOR(Role.EMPLOYER, "(?:suivi|suivre|commission de suivi|r[ée]examin\\p{L}*|r[ée]vis\\p{L}*|monitor\\p{L}*|review)");

        final Role role;
        final Pattern pattern;

        Point(Role role, String regex) {
            this.role = role;
            this.pattern = Pattern.compile("(?iu)(?<![\\p{L}])" + regex + "(?![\\p{L}])");
        }

        String key() {
            return role.name().toLowerCase(java.util.Locale.ROOT) + "." + name().toLowerCase(java.util.Locale.ROOT);
        }

        /** The role's points in the order a sentence is classified (an employer's steps are shown in {@link #STEPS} order). */
        static List<Point> of(Role role) {
            return java.util.Arrays.stream(values()).filter(p -> p.role == role).toList();
        }
    }

    /** A question about what this role may do or must do, beyond the words of its points. */
    private static final Map<Role, Pattern> ASKS = Map.of(
            Role.DELEGATE, Pattern.compile("(?iu)(?<![\\p{L}])(?:droits?|CSE|comit[ée]|repr[ée]sentants?|rights?|works council)(?![\\p{L}])"),
            Role.EMPLOYER, Pattern.compile("(?iu)(?<![\\p{L}])(?:obligations?|oblig[ée]e?s?|dois|doit|[ée]tapes?|d[ée]ployer|mettre en place|"
                    + "must|steps?|required|deploy\\p{L}*|roll out)(?![\\p{L}])"));
    /**
     * A delegate's point is about the representatives' rights: its sentence speaks of them or of their consultation
     * ("Experts en cybersécurité : …" is no right to an expert).
     */
    private static final Pattern REPRESENTATIVES = Pattern.compile("(?iu)(?<![\\p{L}])(?:CSE|comit[ée]s?|repr[ée]sentant\\p{L}*|IRP|[ée]lus?|"
            + "instances?|syndica\\p{L}*|consult\\p{L}*|CSSCT|works councils?|representatives?|unions?)(?![\\p{L}])");
    /** An employer's step is something to do: its sentence obliges or advises, or names who acts. */
    private static final Pattern EMPLOYER_ACTION = Pattern.compile("(?iu)(?<![\\p{L}])(?:employeurs?|entreprises?|direction|dirigeants?|"
            + "doi(?:t|vent)|devr\\p{L}*|obligatoire\\p{L}*|obligations?|il convient|il (?:est|faut)|imp[ée]rati\\p{L}*|recommand\\p{L}*|"
            + "est (?:inform[ée]|consult[ée])|sont (?:inform[ée]s|consult[ée]s)|employers?|must|should|shall|required|recommend\\p{L}*)(?![\\p{L}])");
    /** The employer's steps in the order they are taken. */
    private static final List<Point> STEPS = List.of(Point.ASSESS, Point.CONSULT, Point.INFORM, Point.TRAIN, Point.MONITOR);
    /** What a point may rest on: what binds or advises, and a sample agreement (labelled fictional where quoted). */
    private static final Set<Authority> SUPPORTING = EnumSet.of(Authority.LAW, Authority.AGREEMENT, Authority.GUIDANCE, Authority.EXAMPLE);

    /** The points found, each with the quotes that support it (in the answer's quote list), and those not found. */
    record Framing(Role role, Map<Point, List<ExtractiveAnswerer.Candidate>> found, List<Point> absent) {
        static final Framing NONE = new Framing(null, Map.of(), List.of());

        boolean isEmpty() {
            return found.isEmpty();
        }
    }

    private final int extraQuotes;
    private final int minQuoteChars;

    /**
     * @param extraQuotes quotes added from the other retrieved passages for points the chosen quotes do not support
     * @param minQuoteChars shorter sentences are not quoted on their own
     */
    RoleFraming(int extraQuotes, int minQuoteChars) {
        this.extraQuotes = extraQuotes;
        this.minQuoteChars = minQuoteChars;
    }

    /**
     * Frames the chosen quotes for the role, adding to {@code chosen} the quotes found for the points they lack. Nothing
     * is framed for a trainer, without a role, or when neither the question nor any chosen quote touches a point of the
     * role (the question is then not about what this role does).
     */
    Framing frame(Role role, List<ExtractiveAnswerer.Candidate> chosen, List<SearchHit> hits, QuestionAnalysis question) {
        if (role != Role.DELEGATE && role != Role.EMPLOYER) return Framing.NONE;
        List<Point> points = role == Role.EMPLOYER ? STEPS : Point.of(role);
        Map<Point, List<ExtractiveAnswerer.Candidate>> found = new LinkedHashMap<>();
        for (ExtractiveAnswerer.Candidate c : chosen) {
            for (Point point : supported(role, c)) found.computeIfAbsent(point, p -> new ArrayList<>()).add(c);
        }
        boolean asked = ASKS.get(role).matcher(question.text()).find()
                || points.stream().anyMatch(p -> p.pattern.matcher(question.text()).find());
        if (found.isEmpty() && !asked) return Framing.NONE;
        int added = 0;
        List<Supporting> others = null;
        for (Point point : points) {
            if (found.containsKey(point) || added >= extraQuotes) continue;
            if (others == null) others = others(role, hits, question);
            Supporting best = others.stream()
                    .filter(o -> o.points().contains(point) && chosen.stream().noneMatch(c -> c.sentence().equals(o.quote().sentence())))
                    .findFirst().orElse(null);
            if (best == null) continue;
            chosen.add(best.quote());
            for (Point p : best.points()) found.computeIfAbsent(p, x -> new ArrayList<>()).add(best.quote());
            added++;
        }
        Map<Point, List<ExtractiveAnswerer.Candidate>> ordered = new LinkedHashMap<>();
        List<Point> absent = new ArrayList<>();
        for (Point point : points) {
            if (found.containsKey(point)) ordered.put(point, found.get(point));
            else absent.add(point);
        }
        return new Framing(role, ordered, role == Role.DELEGATE ? absent : List.of());
    }

    /**
     * The points of the role a quote supports: a delegate's sentence may support several ("informé, préalablement à
     * leur utilisation"); an employer's is one step, the first it matches (consulting, then assessing, informing…).
     */
    private static List<Point> supported(Role role, ExtractiveAnswerer.Candidate c) {
        if (!SUPPORTING.contains(c.hit().passage().authority())) return List.of();
        if (role == Role.DELEGATE && !REPRESENTATIVES.matcher(c.sentence()).find()) return List.of();
        if (role == Role.EMPLOYER && !EMPLOYER_ACTION.matcher(c.sentence()).find()) return List.of();
        List<Point> points = Point.of(role).stream().filter(p -> p.pattern.matcher(c.sentence()).find()).toList();
        return role == Role.EMPLOYER && !points.isEmpty() ? points.subList(0, 1) : points;
    }

    /** A retrieved sentence that could be quoted for the points it supports. */
    private record Supporting(ExtractiveAnswerer.Candidate quote, List<Point> points) {
    }

    /**
     * The retrieved sentences on the question's topic that support a point of the role, best first: read once, then
     * searched for each point the chosen quotes lack.
     */
    private List<Supporting> others(Role role, List<SearchHit> hits, QuestionAnalysis question) {
        List<Supporting> out = new ArrayList<>();
        for (SearchHit hit : hits) {
            // A quote added for a point comes from what binds or advises: a sample agreement supports a point only when
            // the answer already quotes it (the question was about it).
            if (!SUPPORTING.contains(hit.passage().authority()) || hit.passage().authority() == Authority.EXAMPLE) continue;
            for (String sentence : Sentences.split(hit.passage().text())) {
                if (sentence.length() < minQuoteChars) continue;
                double coverage = question.coverage(sentence);
                if (coverage <= 0) continue;
                ExtractiveAnswerer.Candidate candidate = new ExtractiveAnswerer.Candidate(hit, sentence, coverage + 0.25 / hit.rank());
                List<Point> points = supported(role, candidate);
                if (!points.isEmpty()) out.add(new Supporting(candidate, points));
            }
        }
        out.sort(java.util.Comparator.comparingDouble((Supporting o) -> o.quote().score()).reversed());
        return out;
    }
}
