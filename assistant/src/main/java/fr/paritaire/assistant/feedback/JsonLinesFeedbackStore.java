package fr.paritaire.assistant.feedback;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * The embedded default: one JSON object per line in {@code feedback.jsonl} in the data folder. Appends are serialised
 * so lines never interleave.
 */
final class JsonLinesFeedbackStore implements FeedbackStore {

    private final Path file;

    JsonLinesFeedbackStore(Path file) {
        this.file = file;
    }

    @Override
    public synchronized void save(Feedback feedback) {
        String line = FeedbackJson.MAPPER.writeValueAsString(feedback) + "\n";
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, line, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot append feedback to " + file, e);
        }
    }

    @Override
    public synchronized List<Feedback> all() {
        try {
            if (!Files.exists(file)) return List.of();
            return Files.readAllLines(file, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank())
                    .map(l -> FeedbackJson.MAPPER.readValue(l, Feedback.class)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    Path file() {
        return file;
    }
}
