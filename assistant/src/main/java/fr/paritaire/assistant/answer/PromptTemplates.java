package fr.paritaire.assistant.answer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Text templates from the {@code prompts/} folder (on the classpath under {@code prompts/}), by purpose and language:
 * {@code <purpose>.<lang>.txt}. Placeholders are written {@code {name}}.
 */
@Component
public class PromptTemplates {

    private final Map<String, String> cache = new ConcurrentHashMap<>();

    public String render(String purpose, String language, Map<String, String> values) {
        String text = template(purpose, language);
        for (Map.Entry<String, String> e : values.entrySet()) {
            text = text.replace("{" + e.getKey() + "}", e.getValue());
        }
        return text;
    }

    /** Items as prose: a, b et c (a, b and c in English). */
    public String list(java.util.List<String> items, String language) {
        if (items.isEmpty()) return "—";
        if (items.size() == 1) return items.getFirst();
        String and = "en".equals(language) ? " and " : " et ";
        return String.join(", ", items.subList(0, items.size() - 1)) + and + items.getLast();
    }

    /** A template of {@code key=text} lines (blank lines and {@code #} comments skipped) as a map. */
    public Map<String, String> entries(String purpose, String language) {
        Map<String, String> entries = new java.util.HashMap<>();
        for (String line : template(purpose, language).split("\n")) {
            int eq = line.indexOf('=');
            if (line.isBlank() || line.startsWith("#") || eq < 0) continue;
            entries.put(line.substring(0, eq).strip(), line.substring(eq + 1).strip());
        }
        return entries;
    }

    public String template(String purpose, String language) {
        String lang = "en".equals(language) ? "en" : "fr";
        return cache.computeIfAbsent(purpose + "." + lang, PromptTemplates::load);
    }

    private static String load(String name) {
        String path = "/prompts/" + name + ".txt";
        try (InputStream in = PromptTemplates.class.getResourceAsStream(path)) {
            if (in == null) throw new IllegalStateException("Missing prompt template " + path);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
