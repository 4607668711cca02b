package fr.paritaire.assistant.grounding;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts a chat model's text into sentences as it arrives, token by token. A sentence is complete at a line break, or
 * at a full stop (with the closing quotes and [n] markers that follow it) once the next sentence has visibly begun;
 * until then it stays buffered, so a sentence is never judged before its markers have arrived.
 */
final class ModelSentences {

    /** A complete sentence and the white space before it. */
    record Piece(String gap, String sentence) {
    }

    private static final Pattern BOUNDARY = Pattern.compile(
            "(?<=[.!?…])(?:\\s?[»\"”)])*(?:\\s*\\[\\d{1,3}(?:\\s*[,;]\\s*\\d{1,3})*])*(?=\\s+[«\"“(]?\\s?[\\p{Lu}\\d•*–-])|\\n");
    private static final Pattern ABBREVIATION = Pattern.compile(
            "(?:\\b(?:art|cf|p|n|M|Mme|etc|al|ex|ibid|vol|no|chap|L|R|D|St|Dr|e\\.g|i\\.e|al|env|min|max)|\\b\\p{Lu})\\.$");

    private final StringBuilder buffer = new StringBuilder();

    /** Adds text; returns the sentences it completed, in order. */
    List<Piece> add(String chunk) {
        buffer.append(chunk);
        List<Piece> out = new ArrayList<>();
        Matcher m = BOUNDARY.matcher(buffer);
        int start = 0;
        while (m.find()) {
            boolean lineBreak = m.group().equals("\n");
            if (!lineBreak && m.group().isEmpty() && ABBREVIATION.matcher(buffer.substring(start, m.end())).find()) continue;
            int cut = lineBreak ? m.start() : m.end();
            var piece = piece(buffer.substring(start, cut));
            if (piece.isEmpty()) continue; // only white space so far: it stays in the next sentence's gap
            out.add(piece.get());
            start = cut;
        }
        // Keep what follows the last boundary (including a line break's white space) for the next sentence.
        buffer.delete(0, start);
        return out;
    }

    /** The last sentence, when the text has ended (an empty list when only white space is left). */
    List<Piece> finish() {
        List<Piece> out = new ArrayList<>();
        piece(buffer.toString()).ifPresent(out::add);
        buffer.setLength(0);
        return out;
    }

    /** The whole of a finished text, cut into sentences. */
    static List<Piece> split(String text) {
        ModelSentences sentences = new ModelSentences();
        List<Piece> out = new ArrayList<>(sentences.add(text));
        out.addAll(sentences.finish());
        return out;
    }

    private static java.util.Optional<Piece> piece(String raw) {
        String sentence = raw.strip();
        if (sentence.isEmpty()) return java.util.Optional.empty();
        return java.util.Optional.of(new Piece(raw.substring(0, raw.indexOf(sentence)), sentence));
    }
}
