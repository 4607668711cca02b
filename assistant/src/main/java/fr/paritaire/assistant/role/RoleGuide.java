package fr.paritaire.assistant.role;

import fr.paritaire.assistant.answer.PromptTemplates;
import fr.paritaire.assistant.answer.Role;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Each role's name and starter questions in French and English, from {@code prompts/role-<id>.<lang>.txt} (a
 * {@code label=} line, then one question a line): what the web chat and Slack's suggested prompts offer.
 */
@Component
public class RoleGuide {

    /** One role as the API shows it: {@code id} is what {@code /api/ask} takes as {@code role}. */
    public record RoleCard(String id, Map<String, String> label, Map<String, List<String>> starters) {
    }

    private static final List<String> LANGUAGES = List.of("fr", "en");

    private final List<RoleCard> cards;

    public RoleGuide(PromptTemplates templates) {
        List<RoleCard> all = new ArrayList<>();
        for (Role role : Role.values()) {
            String id = role.name().toLowerCase(Locale.ROOT);
            Map<String, String> labels = new LinkedHashMap<>();
            Map<String, List<String>> starters = new LinkedHashMap<>();
            for (String lang : LANGUAGES) {
                List<String> questions = new ArrayList<>();
                for (String line : templates.template("role-" + id, lang).split("\n")) {
                    if (line.startsWith("label=")) labels.put(lang, line.substring("label=".length()).strip());
                    else if (!line.isBlank() && !line.startsWith("#")) questions.add(line.strip());
                }
                if (!labels.containsKey(lang) || questions.isEmpty()) {
                    throw new IllegalStateException("prompts/role-" + id + "." + lang + ".txt needs a label= line and questions");
                }
                starters.put(lang, List.copyOf(questions));
            }
            all.add(new RoleCard(id, Map.copyOf(labels), Map.copyOf(starters)));
        }
        this.cards = List.copyOf(all);
    }

    public List<RoleCard> roles() {
        return cards;
    }
}
