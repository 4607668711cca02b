package fr.paritaire.ingestion.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Groups of equivalent terms — acronyms and their expansions, French and English names of the same notion — read from
 * a file with one group per line, variants separated by '|', French variants before '||' and English ones after.
 * A question mentioning one variant is expanded with the others; a French question only with French ones, since the
 * documents are French and English words would only add noise.
 */
public final class Glossary {

    private final List<Entry> entries;

    /**
     * @param needles per variant, its first word folded to lower case: a text without it cannot match, which spares the
     *                regular expression (most of a search's time went there)
     */
    private record Entry(List<String> variants, List<Pattern> patterns, List<String> needles, int frenchCount, Section section) {
    }

    /** The section of the file a group comes from, which says what its words are. */
    public enum Section {
        /** Notions and their equivalents. */
        GENERAL,
        /** Countries, nationalities and cities abroad: a question may be about one. */
        PLACES,
        /** Cities of France: where a company's site, a union or a meeting is; a question may be about one, at home. */
        CITIES,
        /** Labour-law institutions (a trial period, overtime): a question naming one is about it. */
        INSTITUTIONS,
        /** Common nouns written as abbreviations or with a capital (SMS, OPCO): they name no one. */
        COMMON,
        /** English words and the French word the documents use for each: read in English texts only. */
        ENGLISH;

        static Section of(String heading) {
            if (heading.contains("Countries") || heading.contains("Cities abroad")) return PLACES;
            if (heading.contains("Cities of France")) return CITIES;
            if (heading.contains("Labour-law institutions")) return INSTITUTIONS;
            if (heading.contains("Common abbreviations")) return COMMON;
            if (heading.startsWith("# English words")) return ENGLISH;
            return GENERAL;
        }
    }

    private final boolean hasLexicon;

    private Glossary(List<Entry> entries) {
        this.entries = entries;
        this.hasLexicon = entries.stream().anyMatch(e -> e.section == Section.ENGLISH);
    }

    public static Glossary load(InputStream in) {
        List<Entry> entries = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            Section section = Section.GENERAL;
            while ((line = reader.readLine()) != null) {
                line = line.strip();
                // A heading ("# Countries and nationalities …") opens a section.
                if (line.matches("#\\s*\\p{Lu}.*")) section = Section.of(line);
                if (line.isEmpty() || line.startsWith("#")) continue;
                String[] sides = line.split("\\|\\|", 2);
                List<String> french = split(sides[0]);
                List<String> variants = new ArrayList<>(french);
                if (sides.length > 1) variants.addAll(split(sides[1]));
                if (variants.size() < 2) continue;
                entries.add(new Entry(List.copyOf(variants), variants.stream().map(Glossary::pattern).toList(),
                        variants.stream().map(Glossary::needle).toList(), french.size(), section));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Glossary(List.copyOf(entries));
    }

    private static List<String> split(String side) {
        return Arrays.stream(side.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    public static Glossary empty() {
        return new Glossary(List.of());
    }

    /** The bundled glossary (search/glossary.txt) and English lexicon (search/english-lexicon.txt). */
    public static Glossary bundled() {
        List<Entry> entries = new ArrayList<>();
        for (String resource : List.of("/search/glossary.txt", "/search/english-lexicon.txt")) {
            InputStream in = Glossary.class.getResourceAsStream(resource);
            if (in == null) throw new IllegalStateException("bundled glossary " + resource + " is missing");
            entries.addAll(load(in).entries);
        }
        return new Glossary(List.copyOf(entries));
    }

    private static Pattern pattern(String variant) {
        // An all-caps variant is an acronym: match it case-sensitively so "SIA" never matches an ordinary word.
        boolean acronym = variant.length() <= 8 && variant.equals(variant.toUpperCase(Locale.ROOT)) && variant.chars().anyMatch(Character::isLetter);
        String body = Pattern.quote(fold(variant)).replace(" ", "\\E[\\s-]+\\Q");
        return Pattern.compile("(?<![\\p{L}\\d])" + body + "(?![\\p{L}\\d])", acronym ? 0 : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    private static String needle(String variant) {
        return fold(variant).strip().split("[\\s-]+", 2)[0].toLowerCase(Locale.ROOT);
    }

    static String fold(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "").replace('’', '\'');
    }

    /** A variant found in a text, with its equivalents, its section and its group's name (the group's first variant). */
    public record Match(String found, List<String> equivalents, Section section, String group) {

        public Match(String found, List<String> equivalents) {
            this(found, equivalents, Section.GENERAL, found);
        }

        /** Whether it names a country, a nationality or a city. */
        public boolean place() {
            return section == Section.PLACES || section == Section.CITIES;
        }

        /** Whether it names a city of France ("Lyon", "lyonnais"). */
        public boolean city() {
            return section == Section.CITIES;
        }

        /** The labour-law institution it names ("période d'essai"), or null. */
        public String concept() {
            return section == Section.INSTITUTIONS ? group : null;
        }

        /** Whether it is a common noun however it is written (SMS, OPCO, UD). */
        public boolean common() {
            return section == Section.COMMON;
        }
    }

    /**
     * The glossary variants a text mentions, each with the equivalents it does not mention itself (French ones only
     * unless {@code withEnglish}).
     */
    public List<Match> matches(String text, boolean withEnglish) {
        // The English lexicon reads English texts only: "l'Union européenne" is no trade union.
        boolean english = withEnglish && hasLexicon && QueryAnalyzer.isEnglish(text);
        return matches(text, withEnglish, section -> section != Section.ENGLISH || english);
    }

    private List<Match> matches(String text, boolean withEnglish, java.util.function.Predicate<Section> sections) {
        String folded = fold(text);
        String lower = folded.toLowerCase(Locale.ROOT);
        List<Match> out = new ArrayList<>();
        for (Entry entry : entries) {
            if (!sections.test(entry.section)) continue;
            // Most groups are absent from a text: their equivalents are only listed for the few that are found.
            boolean[] found = null;
            for (int i = 0; i < entry.variants.size(); i++) {
                if (lower.contains(entry.needles.get(i)) && entry.patterns.get(i).matcher(folded).find()) {
                    if (found == null) found = new boolean[entry.variants.size()];
                    found[i] = true;
                }
            }
            if (found == null) continue;
            List<String> absent = new ArrayList<>();
            for (int i = 0; i < entry.variants.size(); i++) {
                if (!found[i] && (withEnglish || i < entry.frenchCount)) absent.add(entry.variants.get(i));
            }
            for (int i = 0; i < entry.variants.size(); i++) {
                if (found[i]) out.add(new Match(entry.variants.get(i), absent, entry.section, entry.variants.getFirst()));
            }
        }
        return out;
    }

    /** Whether a word is a word of the English lexicon, French ("logistique") or English ("deal"): a common word, whatever its case. */
    public boolean lexiconWord(String word) {
        String folded = fold(word).toLowerCase(Locale.ROOT);
        for (Entry entry : entries) {
            if (entry.section != Section.ENGLISH) continue;
            for (String variant : entry.variants) {
                if (fold(variant).toLowerCase(Locale.ROOT).equals(folded)) return true;
            }
        }
        return false;
    }

    /** The labour-law institutions a text names, by any variant, French or English (each by its first variant). */
    public Set<String> conceptsIn(String text) {
        Set<String> out = new LinkedHashSet<>();
        for (Match m : matches(text, true, section -> section == Section.INSTITUTIONS)) out.add(m.concept());
        return out;
    }

    /** The variants equivalent to terms found in the text, excluding the ones already present. */
    public Set<String> expansions(String text, boolean withEnglish) {
        Set<String> out = new LinkedHashSet<>();
        for (Match m : matches(text, withEnglish)) out.addAll(m.equivalents());
        return out;
    }
}
