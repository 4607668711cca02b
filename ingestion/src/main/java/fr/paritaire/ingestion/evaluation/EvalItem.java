package fr.paritaire.ingestion.evaluation;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** One line of a question set such as {@code shared/eval/dev.jsonl}. */
public record EvalItem(String id, String question, String lang, String role, boolean answerable, String source,
                       List<String> evidence, List<String> answer_keywords) {

    private static final ObjectMapper JSON = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    public static List<EvalItem> load(Path jsonl) {
        try {
            return Files.readAllLines(jsonl).stream().filter(l -> !l.isBlank()).map(EvalItem::parse).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read question set " + jsonl, e);
        }
    }

    private static EvalItem parse(String line) {
        try {
            EvalItem item = JSON.readValue(line, EvalItem.class);
            return new EvalItem(item.id, item.question, item.lang, item.role, item.answerable, item.source,
                    item.evidence == null ? List.of() : item.evidence,
                    item.answer_keywords == null ? List.of() : item.answer_keywords);
        } catch (IOException e) {
            throw new UncheckedIOException("Bad question line: " + line, e);
        }
    }
}
