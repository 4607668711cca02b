package fr.paritaire.ingestion.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The words of what Paritaire is about — work and employment, labour relations and law, AI and digital tools at work —
 * as French word starts (search/topic-words.txt). A French question that uses none of them is about something else.
 * Starts of three letters or fewer ("cse", "ia", "fo"), and those marked with '=' ("heure="), match whole words only
 * (and their plural), so "fo" is not "football" nor "heure" "heureux".
 */
final class TopicWords {

    private static final TopicWords BUNDLED = load("/search/topic-words.txt");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\d]+");

    private final List<String> starts;
    private final Set<String> whole;

    private TopicWords(List<String> starts, Set<String> whole) {
        this.starts = starts;
        this.whole = whole;
    }

    static TopicWords bundled() {
        return BUNDLED;
    }

    /** Whether a text uses a word of the field. */
    boolean mentions(String text) {
        return WORD.matcher(fold(text)).results().map(java.util.regex.MatchResult::group).anyMatch(this::isTopicWord);
    }

    private boolean isTopicWord(String word) {
        if (whole.contains(word) || (word.endsWith("s") && whole.contains(word.substring(0, word.length() - 1)))) return true;
        for (String start : starts) {
            if (word.startsWith(start)) return true;
        }
        return false;
    }

    private static String fold(String s) {
        return Glossary.fold(s).toLowerCase(Locale.ROOT);
    }

    private static TopicWords load(String resource) {
        InputStream in = TopicWords.class.getResourceAsStream(resource);
        if (in == null) throw new IllegalStateException("missing resource " + resource);
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<String> words = reader.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .map(TopicWords::fold).toList();
            return new TopicWords(words.stream().filter(w -> w.length() > 3 && !w.endsWith("=")).toList(),
                    Set.copyOf(words.stream().filter(w -> w.length() <= 3 || w.endsWith("=")).map(w -> w.replace("=", "")).toList()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
