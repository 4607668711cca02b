package fr.paritaire.assistant.feedback;

import fr.paritaire.assistant.config.ParitaireProperties;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Appends feedback as one JSON object per line to {@code feedback.jsonl} in the data folder; every channel writes to
 * the same file, told apart by {@link Feedback#channel()}. Appends are serialised so lines never interleave.
 */
@Component
public class FeedbackStore {

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(tools.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private final Path file;

    @Autowired
    public FeedbackStore(ParitaireProperties properties) {
        this(properties.dataFolder().resolve("feedback.jsonl"));
    }

    public FeedbackStore(Path file) {
        this.file = file;
    }

    public synchronized void save(Feedback feedback) {
        String line = JSON.writeValueAsString(feedback) + "\n";
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, line, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot append feedback to " + file, e);
        }
    }

    /** Everything stored so far, oldest first. */
    public synchronized List<Feedback> all() {
        try {
            if (!Files.exists(file)) return List.of();
            return Files.readAllLines(file, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank())
                    .map(l -> JSON.readValue(l, Feedback.class)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    public Path file() {
        return file;
    }
}
