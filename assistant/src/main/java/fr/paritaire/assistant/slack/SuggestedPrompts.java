package fr.paritaire.assistant.slack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The assistant panel's suggested prompts for a role: {@code prompts/slack-suggested.<role>.txt}, one question a line
 * (Slack shows at most four), {@code slack-suggested.default.txt} when the role has none.
 */
final class SuggestedPrompts {

    private SuggestedPrompts() {
    }

    static List<String> forRole(String role) {
        List<String> prompts = role == null ? List.of() : load(role.strip().toLowerCase(Locale.ROOT));
        return prompts.isEmpty() ? load("default") : prompts;
    }

    private static List<String> load(String role) {
        try (InputStream in = SuggestedPrompts.class.getResourceAsStream("/prompts/slack-suggested." + role + ".txt")) {
            if (in == null) return List.of();
            return Arrays.stream(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n"))
                    .map(String::strip).filter(line -> !line.isEmpty()).limit(4).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the suggested prompts for " + role, e);
        }
    }
}
