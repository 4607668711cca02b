package fr.paritaire.ingestion.text;

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

    /**
     * For each sentence, the index of the nearest sentence before it that ends with ':' — the one that opens the list
     * it may belong to ("… notamment sur :" before "4° L'introduction de nouvelles technologies") — or -1.
     */
    public static int[] listOpenings(List<String> sentences) {
        int[] openings = new int[sentences.size()];
        int last = -1;
        for (int i = 0; i < sentences.size(); i++) {
            openings[i] = last;
            if (sentences.get(i).strip().endsWith(":")) last = i;
        }
        return openings;
    }

    private static void add(List<String> sentences, String sentence) {
        String s = sentence.strip();
        if (!s.isEmpty()) sentences.add(s);
    }
}
