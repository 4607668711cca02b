package fr.paritaire.assistant.grounding;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Text a writer puts in quotation marks, and whether it is verbatim in a passage. */
final class Quotations {

    private static final Pattern TRANSLATION = Pattern.compile("(?iu)\\((?:translation|traduction|trad\\.|i\\.e\\.)[^)]*\\)");
    private static final Pattern QUOTED = Pattern.compile("«\\s*([^»]+?)\\s*»|“([^”]+)”|\"([^\"]+)\"");
    private static final Pattern ELLIPSIS = Pattern.compile("\\s*(?:\\[…]|\\[\\.\\.\\.]|\\(…\\)|\\(\\.\\.\\.\\)|…|\\.\\.\\.)\\s*");

    private Quotations() {
    }

    /** The text without translations marked as such ("(translation: …)"): they are the writer's, not quotes. */
    static String withoutTranslations(String text) {
        return TRANSLATION.matcher(text).replaceAll(" ");
    }

    /** What the text puts between « », “ ” or " ". */
    static List<String> in(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = QUOTED.matcher(text);
        while (m.find()) {
            String q = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
            if (q.strip().length() > 1) out.add(q.strip());
        }
        return out;
    }

    /**
     * Verbatim but for white space and the apostrophe's shape; an ellipsis may stand for omitted text, and a quote
     * opening mid-sentence may lower-case the passage's first letter ("le comité" for "Le comité").
     */
    static boolean verbatim(String quote, String text) {
        String haystack = plain(text);
        int from = 0;
        for (String segment : ELLIPSIS.split(quote)) {
            String s = plain(segment);
            if (s.isEmpty()) continue;
            int at = haystack.indexOf(s, from);
            if (at < 0) at = haystack.indexOf(Character.toUpperCase(s.charAt(0)) + s.substring(1), from);
            if (at < 0) return false;
            from = at + s.length();
        }
        return true;
    }

    private static String plain(String s) {
        return s.replace('’', '\'').replaceAll("[\\s\\u00a0\\u202f]+", " ").strip();
    }
}
