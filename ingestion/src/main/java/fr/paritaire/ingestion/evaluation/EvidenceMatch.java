package fr.paritaire.ingestion.evaluation;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/**
 * Whether a text holds gold evidence, with the same normalisation as {@code shared/tools/score_rest.py}: NFC, typographic
 * quotes and non-breaking spaces flattened, markdown markers dropped, whitespace collapsed, lower case; an evidence
 * string also counts when its first or last half is found.
 */
public final class EvidenceMatch {

    private EvidenceMatch() {
    }

    public static String normalize(String s) {
        String t = Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFC)
                .replace('\u2019', '\'').replace('\u2018', '\'').replace('\u00a0', ' ').replace('\u202f', ' ')
                .replaceAll("[*_`#]", "");
        return t.replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }

    public static boolean holds(String text, List<String> evidence) {
        String t = normalize(text);
        for (String e : evidence) {
            String n = normalize(e);
            if (n.isEmpty()) continue;
            int half = Math.max(20, n.length() / 2);
            if (t.contains(n) || t.contains(n.substring(0, Math.min(half, n.length())))
                    || t.contains(n.substring(Math.max(0, n.length() - half)))) {
                return true;
            }
        }
        return false;
    }
}
