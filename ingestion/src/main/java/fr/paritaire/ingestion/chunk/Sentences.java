package fr.paritaire.ingestion.chunk;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits faithful text into sentences, returned as exact substrings so they can be quoted verbatim. */
public final class Sentences {

    private static final Pattern BOUNDARY = Pattern.compile(
            "(?<=[.!?…])[»\"”)]?[¹²³⁴⁵⁶⁷⁸⁹⁰]*\\s+(?=[«\"“(]?\\s?[\\p{Lu}\\d•-])|(?<=[;:])\\s*\\n|\\n(?=\\s*(?:[-•▪●◦–]\\s|\\d{1,2}°))|\\s\\|\\s|\\n");
    private static final Pattern ABBREVIATION = Pattern.compile("(?:\\b(?:art|cf|p|n|M|Mme|etc|al|ex|ibid|vol|no|chap|L|R|D|St|Dr|e\\.g|i\\.e)|\\b\\p{Lu})\\.$");

    private Sentences() {
    }

    public static List<String> split(String text) {
        List<String> sentences = new ArrayList<>();
        Matcher m = BOUNDARY.matcher(text);
        int start = 0;
        while (m.find()) {
            String candidate = text.substring(start, m.start());
            if (ABBREVIATION.matcher(candidate).find()) continue;
            add(sentences, candidate);
            start = m.end();
        }
        add(sentences, text.substring(start));
        return sentences;
    }

    private static void add(List<String> sentences, String sentence) {
        String s = sentence.strip();
        if (!s.isEmpty()) sentences.add(s);
    }
}
