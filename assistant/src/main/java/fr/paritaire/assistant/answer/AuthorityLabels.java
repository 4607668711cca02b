package fr.paritaire.assistant.answer;

import fr.paritaire.ingestion.AgreementLevel;
import fr.paritaire.ingestion.Authority;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The words an answer uses for authorities, from {@code prompts/authority-headings.<lang>.txt}: one heading per
 * authority ("Ce que dit la loi"…) and the notes put after a source's title (a position is a demand, an example is
 * fictional, an agreement's level).
 */
@Component
public class AuthorityLabels {

    private final PromptTemplates templates;
    private final Map<String, Map<String, String>> byLanguage = new java.util.concurrent.ConcurrentHashMap<>();

    public AuthorityLabels(PromptTemplates templates) {
        this.templates = templates;
    }

    public String heading(Authority authority, String language) {
        return labels(language).get(authority.id());
    }

    /** The authority in a word or two, for a source line ("loi", "étude", "exemple fictif"). */
    public String label(Authority authority, String language) {
        return labels(language).get("label." + authority.id());
    }

    /** What must be said after the title of a source of this authority and level ("exemple fictif"), or "". */
    public String note(Authority authority, AgreementLevel level, String language) {
        Map<String, String> labels = labels(language);
        return switch (authority) {
            case POSITION -> labels.get("note.position");
            case EXAMPLE -> labels.get("note.example") + (level == null ? "" : ", " + labels.get("note." + level.id()));
            case AGREEMENT -> level == null ? "" : labels.get("note." + level.id());
            default -> "";
        };
    }

    private Map<String, String> labels(String language) {
        String lang = "en".equals(language) ? "en" : "fr";
        return byLanguage.computeIfAbsent(lang, l -> checked(templates.entries("authority-headings", l)));
    }

    private static Map<String, String> checked(Map<String, String> labels) {
        for (Authority a : Authority.values()) {
            if (!labels.containsKey(a.id())) throw new IllegalStateException("authority-headings has no heading for " + a.id());
        }
        return labels;
    }
}
