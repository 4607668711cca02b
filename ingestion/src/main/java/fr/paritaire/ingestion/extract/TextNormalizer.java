package fr.paritaire.ingestion.extract;

import fr.paritaire.ingestion.text.LanguageGuess;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Turns extracted pages into clean blocks: Unicode NFC, running headers and footers removed (lines that repeat across a
 * document), hard-wrapped lines joined, paragraphs split by a page break joined again, emphasis markers dropped and
 * headings recognised. Words stay as the source spells them, so quotes remain verbatim.
 */
public final class TextNormalizer {

    private static final Pattern EMPHASIS = Pattern.compile("\\*{1,3}|(?<![\\p{L}\\d])_{1,2}|_{1,2}(?![\\p{L}\\d])");
    private static final Pattern MARKDOWN_HEADING = Pattern.compile("^#{1,6}\\s+");
    private static final Pattern LIST_ITEM = Pattern.compile("^(?:[-•▪●◦–]\\s|\\d{1,2}°|\\d{1,2}[.)]\\s|[a-z][.)]\\s|[IVX]{1,4}\\.\\s)");
    private static final Pattern ARTICLE_HEAD = Pattern.compile("^Article\\s+(?:L\\.?\\s?|R\\.?\\s?|D\\.?\\s?)?\\d", Pattern.CASE_INSENSITIVE);
    /** Lines that open a part of an agreement or a code: always headings of their own, even without a blank line. */
    private static final Pattern STRUCTURE_HEAD = Pattern.compile(
            "^(?:Article\\s+(?:[LRD]\\.?\\s?)?\\d[\\d.\\-]*(?:\\s*(?:bis|ter))?(?:\\s*[–—:.-]\\s*\\S.{0,110})?|"
            + "(?:Titre|TITRE|Chapitre|CHAPITRE|Section|SECTION)\\s+(?:[IVXLC]+|\\d+|premier|Premier|PREMIER)\\b.{0,110}|"
            + "Préambule|PRÉAMBULE|Annexe(?:\\s+\\S+)?(?:\\s*[–—:.-]\\s*.{0,110})?|ANNEXE.{0,110})$");
    private static final Pattern FICTIONAL = Pattern.compile(
            "(?iu)\\b(?:document|accord|texte|exemple|cas)s? fictif|\\bfictif\\b.{0,40}\\bexemple|\\bfictional (?:example|document|agreement)|\\bfictitious\\b");
    private static final Pattern CONTINUATION = Pattern.compile("^(?:du|de la|des|de l'|de l’)\\s.{0,40}$");
    private static final Pattern HTML_TAG = Pattern.compile("</?[a-zA-Z][^>]*>");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?:;»\")\\]…]\\s*(?:[¹²³⁴⁵⁶⁷⁸⁹⁰\\d]+)?$");

    private static final Pattern DIGITS = Pattern.compile("\\d+");

    private final int boilerplateMinRepeats;

    public TextNormalizer(int boilerplateMinRepeats) {
        this.boilerplateMinRepeats = boilerplateMinRepeats;
    }

    /** What changes this normaliser's output besides the code itself. */
    public String fingerprint() {
        return "boilerplate=" + boilerplateMinRepeats;
    }

    public NormalizedDocument normalize(ExtractedDocument extracted, String fallbackTitle) {
        List<List<String>> pages = new ArrayList<>();
        for (String page : extracted.pages()) {
            pages.add(joinArticleContinuations(List.of(Normalizer.normalize(page, Normalizer.Form.NFC)
                    .replace("\r\n", "\n").replace('\r', '\n').split("\n", -1))));
        }
        Map<String, Integer> repeats = countLines(pages);
        addJoinedRepeats(pages, repeats);
        List<RawBlock> raw = new ArrayList<>();
        for (int p = 0; p < pages.size(); p++) {
            Integer page = extracted.paginated() ? p + 1 : null;
            collectBlocks(pages.get(p), page, repeats, raw);
        }
        List<RawBlock> merged = mergeSplitParagraphs(raw);
        List<Block> blocks = toBlocks(merged);
        String text = String.join(" ", blocks.stream().limit(40).map(Block::text).toList());
        String opening = String.join(" ", blocks.stream().limit(3).map(Block::text).toList());
        return new NormalizedDocument(deriveTitle(merged, extracted.declaredTitle(), fallbackTitle), LanguageGuess.of(text), blocks,
                FICTIONAL.matcher(opening).find());
    }

    private static List<String> joinArticleContinuations(List<String> lines) {
        List<String> out = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (ARTICLE_HEAD.matcher(line.strip()).find() && i + 1 < lines.size()
                    && CONTINUATION.matcher(lines.get(i + 1).strip()).matches()) {
                out.add(line.strip() + " " + lines.get(++i).strip());
            } else {
                out.add(line);
            }
        }
        return out;
    }

    /**
     * How often each line repeats. Lines that differ only by their numbers count as one line when the numbers run like
     * page numbers (never decreasing: "… /2", "… /3"); otherwise they are content that happens to share a shape, such as
     * the figures of an infographic ("81%", "75%", "74%"), and are never boilerplate.
     */
    private Map<String, Integer> countLines(List<List<String>> pages) {
        Map<String, Integer> counts = new HashMap<>();
        Map<String, List<String>> numbered = new HashMap<>();
        for (List<String> page : pages) {
            for (String line : page) {
                String key = repeatKey(line);
                if (key.isEmpty()) continue;
                counts.merge(key, 1, Integer::sum);
                if (key.contains("#")) numbered.computeIfAbsent(key, k -> new ArrayList<>()).add(line.strip());
            }
        }
        numbered.forEach((key, lines) -> {
            if (!runsLikePageNumbers(lines)) counts.remove(key);
        });
        return counts;
    }

    private static boolean runsLikePageNumbers(List<String> lines) {
        List<Long> previous = null;
        for (String line : lines) {
            List<Long> numbers = new ArrayList<>();
            java.util.regex.Matcher m = DIGITS.matcher(line);
            while (m.find()) numbers.add(m.group().length() > 15 ? Long.MAX_VALUE : Long.parseLong(m.group()));
            if (previous != null && compare(numbers, previous) < 0) return false;
            previous = numbers;
        }
        return true;
    }

    private static int compare(List<Long> a, List<Long> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int c = Long.compare(a.get(i), b.get(i));
            if (c != 0) return c;
        }
        return Integer.compare(a.size(), b.size());
    }

    /** Running headers differ only by their page number ("… /2", "Page 3 sur 12"): count them as one line. */
    private static String repeatKey(String line) {
        return DIGITS.matcher(line.strip()).replaceAll("#");
    }

    /**
     * A running header spread over several lines is sometimes printed on one line: the join of consecutive repeated
     * lines counts as repeated too.
     */
    private void addJoinedRepeats(List<List<String>> pages, Map<String, Integer> repeats) {
        Map<String, Integer> joined = new HashMap<>();
        for (List<String> page : pages) {
            for (int i = 0; i + 1 < page.size(); i++) {
                StringBuilder run = new StringBuilder(page.get(i).strip());
                for (int j = i + 1; j < Math.min(page.size(), i + 4); j++) {
                    String next = page.get(j).strip();
                    if (next.isEmpty() || repeats.getOrDefault(repeatKey(next), 0) < boilerplateMinRepeats
                            || repeats.getOrDefault(repeatKey(page.get(i)), 0) < boilerplateMinRepeats) break;
                    run.append(' ').append(next);
                    joined.merge(repeatKey(run.toString()), boilerplateMinRepeats, Math::max);
                }
            }
        }
        joined.forEach((k, v) -> repeats.merge(k, v, Math::max));
    }

    private boolean isBoilerplate(String line, Map<String, Integer> repeats) {
        if (repeats.getOrDefault(repeatKey(line), 0) < boilerplateMinRepeats) return false;
        if (line.contains("\t")) return false;
        if (line.endsWith(":") || line.endsWith("?")) return false;
        return !ARTICLE_HEAD.matcher(line).find();
    }

    private void collectBlocks(List<String> lines, Integer page, Map<String, Integer> repeats, List<RawBlock> out) {
        List<String> current = new ArrayList<>();
        for (String rawLine : lines) {
            String line = rawLine.strip();
            if (line.isEmpty() || MARKDOWN_HEADING.matcher(line).find() || rawLine.contains("\t")) {
                flush(current, page, out);
                if (line.startsWith("#")) {
                    String heading = clean(MARKDOWN_HEADING.matcher(line).replaceFirst(""));
                    if (!heading.isEmpty()) out.add(new RawBlock(Block.Kind.HEADING, heading, page, true));
                } else if (rawLine.contains("\t") && !isBoilerplate(line, repeats)) {
                    addTableRow(rawLine, page, out);
                }
                continue;
            }
            if (isBoilerplate(line, repeats)) continue;
            if (STRUCTURE_HEAD.matcher(clean(line)).matches() && !line.endsWith(",") && !line.endsWith(";")) {
                flush(current, page, out);
                out.add(new RawBlock(Block.Kind.HEADING, clean(line), page, true));
                continue;
            }
            current.add(line);
        }
        flush(current, page, out);
    }

    /**
     * A tab-separated line is a table row; its cells are joined with " | ". A row that opens with more empty cells than
     * the previous one continues it (a row cut by a page break); rows of dashes are separators.
     */
    private static void addTableRow(String rawLine, Integer page, List<RawBlock> out) {
        String[] cells = rawLine.split("\t", -1);
        List<String> values = new ArrayList<>();
        // How many empty cells open the row, before its first value.
        int lead = cells.length;
        for (int i = 0; i < cells.length; i++) {
            String value = clean(HTML_TAG.matcher(cells[i]).replaceAll(" "));
            if (value.isEmpty() || value.matches("-+")) continue;
            if (values.isEmpty()) lead = i;
            values.add(value);
        }
        if (values.isEmpty()) return;
        String row = String.join(" | ", values);
        RawBlock last = out.isEmpty() ? null : out.getLast();
        // A row that opens with more empty cells than the row before continues it; rows that all open so (a word
        // processor's table, every cell after a tab) are rows of their own.
        if (last != null && last.kind == Block.Kind.TABLE_ROW && lead > last.lead) {
            // A line break marks the seam, as for paragraphs: a running footer may sit between the two halves in the
            // source, and a quote never spans text that the source interrupts.
            out.set(out.size() - 1, new RawBlock(Block.Kind.TABLE_ROW, last.text + "\n" + row, last.page, true, last.lead));
        } else {
            out.add(new RawBlock(Block.Kind.TABLE_ROW, row, page, true, lead));
        }
    }

    private static void flush(List<String> lines, Integer page, List<RawBlock> out) {
        if (lines.isEmpty()) return;
        StringBuilder sb = new StringBuilder();
        for (String line : lines) {
            String cleaned = clean(line);
            if (cleaned.isEmpty()) continue;
            if (!sb.isEmpty()) sb.append(LIST_ITEM.matcher(cleaned).find() ? "\n" : " ");
            sb.append(cleaned);
        }
        lines.clear();
        if (!sb.isEmpty()) out.add(new RawBlock(Block.Kind.PARAGRAPH, sb.toString(), page, false));
    }

    static String clean(String line) {
        return EMPHASIS.matcher(line).replaceAll("").replaceAll("[ \\u00A0\\u202F]{2,}", " ").strip();
    }

    /** A paragraph cut by a page break (or by a removed running header) continues in lower case: join it back. */
    private static List<RawBlock> mergeSplitParagraphs(List<RawBlock> blocks) {
        List<RawBlock> out = new ArrayList<>();
        for (RawBlock block : blocks) {
            RawBlock last = out.isEmpty() ? null : out.getLast();
            if (last != null && last.kind == Block.Kind.PARAGRAPH && block.kind == Block.Kind.PARAGRAPH
                    && !SENTENCE_END.matcher(last.text).find() && startsLowerCase(block.text)) {
                // A line break, not a space, marks the seam: a quote never spans text that the source interrupts.
                out.set(out.size() - 1, new RawBlock(Block.Kind.PARAGRAPH, last.text + "\n" + block.text, last.page, false));
            } else {
                out.add(block);
            }
        }
        return out;
    }

    private static boolean startsLowerCase(String text) {
        int first = text.codePointAt(0);
        return Character.isLowerCase(first);
    }

    private static List<Block> toBlocks(List<RawBlock> raw) {
        List<Block> blocks = new ArrayList<>(raw.size());
        int offset = 0;
        for (int i = 0; i < raw.size(); i++) {
            RawBlock b = raw.get(i);
            Block.Kind kind = b.kind;
            if (kind == Block.Kind.PARAGRAPH && looksLikeHeading(b.text, i + 1 < raw.size() ? raw.get(i + 1) : null)) {
                kind = Block.Kind.HEADING;
            }
            blocks.add(new Block(kind, b.text, b.page, offset));
            offset += b.text.length() + 2;
        }
        return blocks;
    }

    static boolean looksLikeHeading(String text, RawBlock next) {
        if (next == null || text.length() > 120 || text.length() < 3 || text.contains("\n")) return false;
        if (ARTICLE_HEAD.matcher(text).find()) return true;
        int first = text.codePointAt(0);
        if (!(Character.isUpperCase(first) || Character.isDigit(first))) return false;
        if (text.startsWith("http") || text.startsWith("<http") || LIST_ITEM.matcher(text).find() && !Character.isDigit(first)) return false;
        char last = text.charAt(text.length() - 1);
        if (".,;:!»\"".indexOf(last) >= 0) return false;
        return text.split("\\s+").length <= 16 && next.text.length() > text.length();
    }

    private static String deriveTitle(List<RawBlock> blocks, String declared, String fallback) {
        List<RawBlock> opening = blocks.subList(0, Math.min(12, blocks.size()));
        // A real heading (a styled title in DOCX/ODT, <h1> in HTML) names the document best.
        for (RawBlock block : opening) {
            if (block.kind == Block.Kind.HEADING && block.fixed && block.text.length() >= 12 && !ARTICLE_HEAD.matcher(block.text).find()) {
                return block.text.replace('\n', ' ');
            }
        }
        // Then the title the file declares (a PDF's): its first lines may be a running header or a disclaimer.
        if (isPlausibleTitle(declared)) return declared.strip().replaceAll("\\s+", " ");
        for (RawBlock block : opening) {
            String text = block.text.replace('\n', ' ');
            if (text.length() >= 12 && text.length() <= 200 && text.split("\\s+").length >= 3 && !text.startsWith("http")) {
                return text;
            }
        }
        return fallback;
    }

    /** A declared title worth showing: a few words, not a file name or a word processor's placeholder. */
    private static boolean isPlausibleTitle(String title) {
        if (title == null) return false;
        String t = title.strip();
        return t.length() >= 12 && t.length() <= 250 && t.split("\\s+").length >= 3
                && !DECLARED_PLACEHOLDER.matcher(t).find();
    }

    private static final java.util.regex.Pattern DECLARED_PLACEHOLDER = java.util.regex.Pattern.compile(
            "(?i)^(?:microsoft (?:word|powerpoint)|untitled|sans titre|document\\d*$)|\\.(?:docx?|odt|pdf|rtf|txt)$");

    /** @param lead for a table row, how many empty cells open it */
    record RawBlock(Block.Kind kind, String text, Integer page, boolean fixed, int lead) {
        RawBlock(Block.Kind kind, String text, Integer page, boolean fixed) {
            this(kind, text, page, fixed, 0);
        }
    }
}
