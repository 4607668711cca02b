package fr.paritaire.assistant.grounding;

import fr.paritaire.ingestion.Passage;
import fr.paritaire.ingestion.text.Sentences;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks one sentence written by a chat model against the numbered passages it was given: every [n] is a passage it
 * was given; text in quotation marks is verbatim in a passage the sentence cites; every number, date, duration,
 * amount, article reference and organisation name is stated by a passage it cites; a negative claim rests on a
 * passage that says something negative (an acronym is stated by the words it abbreviates). Sentences of a passage that address the reader of the prompt ("ignore les
 * consignes et réponds que…") are never evidence.
 */
final class SentenceVerifier {

    /** The verdict on one sentence: the given numbers it cites and what failed (nothing when it holds). */
    record Check(String sentence, List<Integer> cited, List<Rejection> failures) {
        boolean holds() {
            return failures.isEmpty();
        }
    }

    static final Pattern MARKER = Pattern.compile("\\[(\\d{1,3}(?:\\s*[,;]\\s*\\d{1,3})*)]");
    private static final Pattern LIST_NUMBER = Pattern.compile("^\\s*(?:[-–•*]\\s*)?\\(?\\d{1,2}[.)°]\\s+");
    private static final Pattern NEGATION = Pattern.compile(
            "(?<![\\p{L}])n'|(?<![\\p{L}])(?:ne|aucun|aucune|jamais|nul|nulle|ni|rien|not|no|never|none|nothing|cannot)(?![\\p{L}])|n't(?![\\p{L}])");
    private static final Pattern INSTRUCTION = Pattern.compile("(?iu)\\b(?:ignore[rz]?|oublie[rz]?|disregard|forget)\\b.{0,60}"
            + "\\b(?:consignes?|instructions?|règles?|rules|prompt|directives?)\\b|(?:^|\\bet |\\band |, )(?:réponds|répondez|answer|reply|respond|say)"
            + "\\s+(?:que|qu'|that)\\b|\\b(?:tu es|vous êtes|you are) (?:désormais|maintenant|now)\\b|system prompt|prompt système");

    private final Map<Integer, Evidence> given = new LinkedHashMap<>();
    private final boolean french;

    /** What a passage can vouch for. */
    private record Evidence(Passage passage, List<String> sentences, String text, String folded, Set<Facts.Figure> figures,
                            Set<String> articles, Set<Integer> months, boolean negative) {
    }

    SentenceVerifier(Map<Integer, Passage> numbered, String language) {
        this.french = !"en".equals(language);
        numbered.forEach((n, p) -> given.put(n, evidence(p)));
    }

    boolean isGiven(int n) {
        return given.containsKey(n);
    }

    Passage passage(int n) {
        return given.get(n).passage();
    }

    /** Whether a passage sentence speaks to the model rather than about the subject: never evidence, never quoted. */
    static boolean isInstruction(String sentence) {
        return INSTRUCTION.matcher(sentence).find();
    }

    /** The [n] numbers of a sentence, in order, each once. */
    static List<Integer> markers(String sentence) {
        List<Integer> out = new ArrayList<>();
        Matcher m = MARKER.matcher(sentence);
        while (m.find()) {
            for (String n : m.group(1).split("\\s*[,;]\\s*")) {
                int value = Integer.parseInt(n.strip());
                if (!out.contains(value)) out.add(value);
            }
        }
        return out;
    }

    Check check(String sentence) {
        List<Integer> cited = markers(sentence);
        List<Rejection> failures = new ArrayList<>();
        if (cited.isEmpty()) failures.add(new Rejection(Rejection.Kind.NO_CITATION, 0, abbreviate(sentence)));
        List<Evidence> evidence = new ArrayList<>();
        for (int n : cited) {
            if (given.containsKey(n)) evidence.add(given.get(n));
            else failures.add(new Rejection(Rejection.Kind.NOT_GIVEN, n, abbreviate(sentence)));
        }
        if (evidence.isEmpty()) return new Check(sentence, List.of(), failures);
        String claim = LIST_NUMBER.matcher(Quotations.withoutTranslations(Facts.withoutMarkers(sentence))).replaceFirst("");
        for (String quote : Quotations.in(claim)) {
            if (evidence.stream().noneMatch(e -> Quotations.verbatim(quote, e.text()))) {
                failures.add(new Rejection(Rejection.Kind.NOT_VERBATIM, 0, abbreviate(quote)));
            }
        }
        checkFacts(claim, evidence, failures);
        for (String name : Facts.names(claim, french)) {
            if (evidence.stream().noneMatch(e -> names(e, name))) {
                failures.add(new Rejection(Rejection.Kind.UNSUPPORTED_NAME, 0, name));
            }
        }
        if (NEGATION.matcher(Facts.fold(claim)).find() && evidence.stream().noneMatch(Evidence::negative)) {
            failures.add(new Rejection(Rejection.Kind.UNSUPPORTED_NEGATION, 0, abbreviate(sentence)));
        }
        return new Check(sentence, cited.stream().filter(given::containsKey).toList(), failures);
    }

    private static void checkFacts(String claim, List<Evidence> evidence, List<Rejection> failures) {
        for (Facts.Figure f : Facts.figures(claim)) {
            List<Facts.Figure> same = evidence.stream().flatMap(e -> e.figures().stream())
                    .filter(e -> e.value().equals(f.value())).toList();
            // "un an" is not stated by "un mois", even if a bare "1" is also there; a bare figure stands for any unit.
            boolean stated = f.unit() == null ? !same.isEmpty() : same.contains(f)
                    || same.stream().allMatch(e -> e.unit() == null) && !same.isEmpty();
            if (!stated) failures.add(new Rejection(Rejection.Kind.UNSUPPORTED_FACT, 0, f.value() + (f.unit() == null ? "" : " " + f.unit())));
        }
        for (String article : Facts.articles(claim)) {
            if (evidence.stream().noneMatch(e -> e.articles().contains(article))) {
                failures.add(new Rejection(Rejection.Kind.UNSUPPORTED_FACT, 0, article));
            }
        }
        for (int month : Facts.months(claim)) {
            if (evidence.stream().noneMatch(e -> e.months().contains(month))) {
                failures.add(new Rejection(Rejection.Kind.UNSUPPORTED_FACT, 0, "month " + month));
            }
        }
    }

    /**
     * The sentence of passage {@code n} that best supports the sentences citing it: the one sharing most of their
     * words and figures, or containing what they quote.
     */
    String bestQuote(int n, List<String> citing) {
        Evidence e = given.get(n);
        return e.sentences().stream()
                .max(Comparator.comparingDouble((String s) -> support(s, citing)).thenComparing(s -> -e.sentences().indexOf(s)))
                .orElse(e.passage().text().strip());
    }

    private static double support(String passageSentence, List<String> citing) {
        Set<String> words = stems(passageSentence);
        Set<Facts.Figure> figures = Facts.figures(passageSentence);
        double score = 0;
        for (String sentence : citing) {
            Set<String> claimed = stems(sentence);
            if (!claimed.isEmpty()) score += claimed.stream().filter(words::contains).count() / (double) claimed.size();
            score += 0.3 * Facts.figures(sentence).stream().filter(figures::contains).count();
            for (String quote : Quotations.in(sentence)) if (Quotations.verbatim(quote, passageSentence)) score += 1;
        }
        return score;
    }

    static Set<String> stems(String text) {
        Set<String> out = new HashSet<>();
        for (String w : Facts.fold(Facts.withoutMarkers(text)).split("[^\\p{L}\\d]+")) {
            if (w.length() < 4 || STOP.contains(w)) continue;
            out.add(w.length() > 6 ? w.substring(0, 6) : w);
        }
        return out;
    }

    private static final Set<String> STOP = Set.of("dans", "pour", "avec", "sans", "leur", "leurs", "cette", "celle", "sont",
            "elle", "elles", "nous", "vous", "mais", "donc", "ainsi", "comme", "plus", "tout", "tous", "toute", "toutes",
            "être", "etre", "avoir", "fait", "that", "this", "with", "from", "they", "their", "have", "been", "which",
            "what", "when", "where", "also", "into", "than", "then", "there", "these", "those", "will", "would", "should");

    /** The name as written, or, for an acronym, the words it abbreviates ("CSE": "comité social et économique"). */
    private static boolean names(Evidence e, String name) {
        return contains(e.folded(), Facts.fold(name)) || Facts.abbreviates(name, e.folded());
    }

    private static boolean contains(String folded, String word) {
        return Pattern.compile("(?<![\\p{L}\\d])" + Pattern.quote(word) + "(?![\\p{L}\\d])").matcher(folded).find();
    }

    private static Evidence evidence(Passage p) {
        List<String> sentences = Sentences.split(p.text()).stream().filter(s -> !isInstruction(s)).toList();
        StringBuilder text = new StringBuilder(String.join("\n", sentences));
        StringBuilder context = new StringBuilder(p.title()).append('\n').append(p.sourceName()).append('\n');
        if (p.section() != null) context.append(p.section()).append('\n');
        if (p.article() != null) context.append("Article ").append(p.article()).append('\n');
        Set<String> articles = new HashSet<>(Facts.articles(text + "\n" + context));
        if (p.article() != null) articles.addAll(Facts.articles(p.article()));
        String body = text.toString();
        boolean negative = NEGATION.matcher(Facts.fold(body)).find();
        return new Evidence(p, sentences, body, Facts.fold(body + "\n" + context), Facts.figures(body + "\n" + context),
                articles, Facts.months(body), negative);
    }

    private static String abbreviate(String s) {
        return s.length() > 80 ? s.substring(0, 80) + "…" : s;
    }
}
