package fr.paritaire.assistant.grounding;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The checkable facts of a text: figures (a number with its unit when it has one: "3 mois", "trois mois" and
 * "three months" are the same figure), article references ("L. 2312-8" = "L2312-8"), months, and names of
 * organisations (acronyms and CamelCase names everywhere; capitalised words inside a French sentence).
 */
final class Facts {

    /** A number and its unit ({@code null} when none follows it). */
    record Figure(String value, String unit) {
    }

    private static final Pattern MARKERS = Pattern.compile("\\[\\d{1,3}(?:\\s*[,;]\\s*\\d{1,3})*]");
    private static final Pattern ARTICLE = Pattern.compile("(?<![\\p{L}\\d])([LRD])\\s?\\.?\\s?(\\d{3,4}(?:-\\d+)+)");
    private static final String UNIT = "%|pour\\s?cent|percent|k€|M€|€|euros?|EUR|millions?|milliards?|billions?|jours?|days?|mois|months?|"
            + "semaines?|weeks?|heures?|hours?|h|ans|an|années?|years?|salariés?|employees?|workers?";
    private static final Pattern NUMBER = Pattern.compile("(?<![\\p{L}\\d.,])(\\d{1,3}(?:[  \\u202f]\\d{3})+|\\d+)((?:[.,]\\d+)?)"
            + "(?:er|e|°)?(?:\\s?(" + UNIT + ")(?![\\p{L}]))?");
    private static final Map<String, String> SPELLED = Map.ofEntries(
            Map.entry("un", "1"), Map.entry("une", "1"), Map.entry("one", "1"), Map.entry("deux", "2"), Map.entry("two", "2"),
            Map.entry("trois", "3"), Map.entry("three", "3"), Map.entry("quatre", "4"), Map.entry("four", "4"),
            Map.entry("cinq", "5"), Map.entry("five", "5"), Map.entry("six", "6"), Map.entry("sept", "7"), Map.entry("seven", "7"),
            Map.entry("huit", "8"), Map.entry("eight", "8"), Map.entry("neuf", "9"), Map.entry("nine", "9"),
            Map.entry("dix", "10"), Map.entry("ten", "10"), Map.entry("douze", "12"), Map.entry("twelve", "12"),
            Map.entry("quinze", "15"), Map.entry("fifteen", "15"), Map.entry("vingt", "20"), Map.entry("twenty", "20"),
            Map.entry("trente", "30"), Map.entry("thirty", "30"), Map.entry("cent", "100"), Map.entry("hundred", "100"));
    private static final Pattern SPELLED_FIGURE = Pattern.compile("(?iu)(?<!\\p{L})(" + String.join("|", SPELLED.keySet())
            + ")\\s(jours?|days?|mois|months?|semaines?|weeks?|heures?|hours?|ans|an|années?|years?|salariés?|employees?)(?!\\p{L})");
    private static final String[][] MONTHS = {
            {"janvier", "january"}, {"fevrier", "february"}, {"mars", "march"}, {"avril", "april"}, {"mai", "may"},
            {"juin", "june"}, {"juillet", "july"}, {"aout", "august"}, {"septembre", "september"},
            {"octobre", "october"}, {"novembre", "november"}, {"decembre", "december"}};
    private static final Pattern ACRONYM = Pattern.compile("(?<![\\p{L}\\d])(?:\\p{Lu}[\\p{Lu}\\d&]+(?:-\\p{Lu}+)?|\\p{L}*\\p{Ll}\\p{Lu}[\\p{L}]*)(?![\\p{L}\\d])");
    private static final Pattern CAPITALISED = Pattern.compile("(?<=[\\p{Ll},;]\\s)\\p{Lu}\\p{Ll}+(?:[\\s-]\\p{Lu}\\p{Ll}+)*(?![\\p{L}\\d])");
    /** Capitalised or all-caps words that name no organisation. */
    private static final Set<String> NOT_NAMES = Set.of("ia", "ai", "rh", "hr", "pme", "tpe", "sme", "smes", "eti", "nb", "ok",
            "faq", "ii", "iii", "iv", "vi", "vii", "viii", "ix", "xi", "article", "articles", "code", "loi", "titre", "chapitre",
            "section", "annexe", "partie", "etat", "internet");

    private Facts() {
    }

    /** Text without [n] markers. */
    static String withoutMarkers(String text) {
        return MARKERS.matcher(text).replaceAll(" ");
    }

    /** Lower case, no accents, typographic apostrophes and spaces made plain: for comparing words, never for quotes. */
    static String fold(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return n.replace('’', '\'').replace('\u00a0', ' ').replace('\u202f', ' ').toLowerCase(Locale.ROOT);
    }

    static Set<String> articles(String text) {
        Set<String> out = new LinkedHashSet<>();
        Matcher m = ARTICLE.matcher(text);
        while (m.find()) out.add(m.group(1).toUpperCase(Locale.ROOT) + m.group(2));
        return out;
    }

    static Set<Figure> figures(String text) {
        String plain = ARTICLE.matcher(withoutMarkers(text)).replaceAll(" ");
        Set<Figure> out = new LinkedHashSet<>();
        Matcher m = NUMBER.matcher(plain);
        while (m.find()) {
            String whole = m.group(1).replaceAll("[  \\u202f]", "");
            String fraction = m.group(2);
            // "10,000" in English is ten thousand; "2,5" in French is two and a half.
            String value = fraction.matches(",\\d{3}") ? whole + fraction.substring(1) : whole + fraction.replace(',', '.');
            out.add(new Figure(value.replaceFirst("^0+(?=\\d)", ""), unit(m.group(3))));
        }
        Matcher s = SPELLED_FIGURE.matcher(plain);
        while (s.find()) out.add(new Figure(SPELLED.get(s.group(1).toLowerCase(Locale.ROOT)), unit(s.group(2))));
        return out;
    }

    /** Per month, its French and English names, as a month only after a day or before a year ("mai" alone is a verb). */
    private static final List<Pattern> MONTH_PATTERNS = java.util.Arrays.stream(MONTHS)
            .map(names -> Pattern.compile("(?<![\\p{L}])(?:\\d{1,2}(?:er)?\\s(?:" + String.join("|", names) + ")|(?:"
                    + String.join("|", names) + ")\\s(?:19|20)\\d{2})(?![\\p{L}])"))
            .toList();

    static Set<Integer> months(String text) {
        String folded = fold(text);
        Set<Integer> out = new LinkedHashSet<>();
        for (int i = 0; i < MONTH_PATTERNS.size(); i++) if (MONTH_PATTERNS.get(i).matcher(folded).find()) out.add(i + 1);
        return out;
    }

    /** Names of organisations a sentence states; {@code french} adds capitalised words inside the sentence. */
    static Set<String> names(String sentence, boolean french) {
        String plain = withoutMarkers(sentence);
        plain = ARTICLE.matcher(plain).replaceAll(" ");
        Set<String> out = new LinkedHashSet<>();
        Matcher m = ACRONYM.matcher(plain);
        while (m.find()) if (isName(m.group())) out.add(m.group());
        if (french) {
            Matcher c = CAPITALISED.matcher(plain);
            while (c.find()) if (isName(c.group())) out.add(c.group());
        }
        return out;
    }

    private static final java.util.Set<String> LINKING = Set.of("de", "du", "des", "d", "l", "la", "le", "les", "et", "a",
            "au", "aux", "en", "pour", "sur", "of", "the", "and", "for", "on");

    /**
     * Whether an all-caps acronym abbreviates consecutive words of a folded text, linking words skipped:
     * "CSE" in "comité social et économique", "CNIL" in "commission nationale de l'informatique et des libertés".
     */
    static boolean abbreviates(String acronym, String folded) {
        if (!acronym.matches("\\p{Lu}{2,8}")) return false;
        String initials = fold(acronym);
        List<String> words = new ArrayList<>();
        for (String w : folded.split("[^\\p{L}]+")) if (!w.isEmpty() && !LINKING.contains(w)) words.add(w);
        for (int i = 0; i + initials.length() <= words.size(); i++) {
            int k = 0;
            while (k < initials.length() && words.get(i + k).charAt(0) == initials.charAt(k)) k++;
            if (k == initials.length()) return true;
        }
        return false;
    }

    private static boolean isName(String word) {
        return !NOT_NAMES.contains(fold(word)) && !word.matches("[IVXLC]+");
    }

    private static String unit(String raw) {
        if (raw == null) return null;
        String u = fold(raw).replaceAll("\\s", "");
        return switch (u) {
            case "%", "pourcent", "percent" -> "%";
            case "€", "euro", "euros", "eur" -> "€";
            case "k€" -> "k€";
            case "m€" -> "M€";
            case "jour", "jours", "day", "days" -> "day";
            case "mois", "month", "months" -> "month";
            case "semaine", "semaines", "week", "weeks" -> "week";
            case "heure", "heures", "hour", "hours", "h" -> "hour";
            case "an", "ans", "annee", "annees", "year", "years" -> "year";
            case "salarie", "salaries", "employee", "employees", "worker", "workers" -> "employee";
            case "million", "millions" -> "million";
            case "milliard", "milliards", "billion", "billions" -> "billion";
            default -> u;
        };
    }
}
