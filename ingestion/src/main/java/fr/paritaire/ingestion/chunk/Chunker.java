package fr.paritaire.ingestion.chunk;

import fr.paritaire.ingestion.text.Articles;
import fr.paritaire.ingestion.text.Sentences;
import fr.paritaire.ingestion.Passage;
import fr.paritaire.ingestion.extract.Block;
import fr.paritaire.ingestion.extract.NormalizedDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Structure-aware chunking. A heading opens a section; a legal article ("Article L2312-8 du code du travail") or an
 * agreement clause ("Article 4 – Droit à la déconnexion") is a passage of its own carrying its number; a table row is a
 * passage carrying the table's header row; other paragraphs are packed up to the configured size with overlap.
 */
public final class Chunker {

    static final Pattern ARTICLE = Pattern.compile(
            "^Article\\s+((?:[LRD]\\.?\\s?)?\\d+(?:[-.]\\d+)*(?:\\s?(?:bis|ter|quater))?)\\b[,\\s]*(.*)$", Pattern.CASE_INSENSITIVE);

    private final ChunkingProperties properties;

    public Chunker(ChunkingProperties properties) {
        this.properties = properties;
    }

    /** What changes this chunker's output besides the code itself. */
    public String fingerprint() {
        return "max=" + properties.maxChars() + ",overlap=" + properties.overlapChars();
    }

    public List<Passage> chunk(String documentId, String source, NormalizedDocument document) {
        State state = new State(documentId, source, document.title(), document.example());
        String tableHeader = null;
        for (Block block : document.blocks()) {
            switch (block.kind()) {
                case HEADING -> {
                    state.flush();
                    tableHeader = null;
                    Matcher article = ARTICLE.matcher(block.text());
                    if (article.matches()) {
                        state.clearHeadings();
                        state.article = Articles.normalize(article.group(1));
                        state.articleHeading = block;
                        String title = article.group(2).replaceFirst("^[–—:.\\-\\s]+", "").strip();
                        // A clause's own title ("Article 4 – Droit à la déconnexion") is the best section to cite.
                        state.clauseTitle = title.isEmpty() || state.article.matches("[LRD]\\d.*") ? null : title;
                    } else {
                        state.article = null;
                        state.articleHeading = null;
                        state.clauseTitle = null;
                        state.section = block.text();
                        state.addHeading(block);
                    }
                }
                case TABLE_ROW -> {
                    if (tableHeader == null) {
                        tableHeader = block.text();
                        continue;
                    }
                    state.flush();
                    state.clearHeadings();
                    state.emitTableRow(tableHeader, block);
                }
                case PARAGRAPH -> {
                    tableHeader = null;
                    state.add(block, properties);
                }
            }
        }
        state.flush();
        return state.passages;
    }

    /** "L.2312-8", "L 2312-8" and "l2312-8" all become "L2312-8"; clause numbers stay as written. */
    private final class State {
        final String documentId;
        final String source;
        final String title;
        final boolean example;
        final List<Passage> passages = new ArrayList<>();
        final List<Block> pending = new ArrayList<>();
        /** Headings read since the last passage: the next passage starts with them, as the source does. */
        final List<Block> headings = new ArrayList<>();
        String section;
        String article;
        String clauseTitle;
        Block articleHeading;
        int size;

        State(String documentId, String source, String title, boolean example) {
            this.example = example;
            this.documentId = documentId;
            this.source = source;
            this.title = title;
        }

        void add(Block block, ChunkingProperties props) {
            if (article == null && !pending.isEmpty() && size + block.text().length() > props.maxChars()) {
                Block carried = overlapOf(pending.getLast(), props.overlapChars());
                flush();
                if (carried != null && carried.text().length() + block.text().length() + 2 <= props.maxChars()) append(carried);
            }
            if (block.text().length() > props.maxChars() && article == null) {
                for (Block piece : splitLong(block, props.maxChars())) {
                    if (!pending.isEmpty() && size + piece.text().length() > props.maxChars()) flush();
                    append(piece);
                }
                return;
            }
            append(block);
        }

        /**
         * A section's heading is part of its first passage's text: the heading is often the point itself ("Impliquez
         * employés et représentants dès le début") and must be findable and quotable. Consecutive headings ("Ce qu'il
         * faut retenir", then a first tip) all go to the passage that follows them.
         */
        void addHeading(Block heading) {
            headings.add(heading);
            size += heading.text().length() + 2;
        }

        void clearHeadings() {
            if (pending.isEmpty()) size = 0;
            headings.clear();
        }

        private void append(Block block) {
            pending.add(block);
            size += block.text().length() + 2;
        }

        void flush() {
            if (pending.isEmpty()) {
                if (articleHeading != null) emit(List.of(articleHeading));
                return;
            }
            List<Block> blocks = new ArrayList<>(headings);
            blocks.addAll(pending);
            if (articleHeading != null) {
                blocks.addFirst(articleHeading);
                articleHeading = null;
            }
            emit(blocks);
            pending.clear();
            headings.clear();
            size = 0;
        }

        private void emit(List<Block> blocks) {
            StringBuilder text = new StringBuilder();
            for (Block b : blocks) {
                if (!text.isEmpty()) text.append("\n\n");
                text.append(b.text());
            }
            int ordinal = passages.size();
            Block first = blocks.getFirst();
            passages.add(new Passage(documentId + "#" + ordinal, documentId, title, source,
                    clauseTitle != null ? clauseTitle : section, article, first.page(), ordinal, first.start(),
                    blocks.getLast().end(), text.toString(), example));
            articleHeading = null;
        }

        void emitTableRow(String header, Block row) {
            String text = header + "\n" + row.text();
            int ordinal = passages.size();
            passages.add(new Passage(documentId + "#" + ordinal, documentId, title, source, section, null,
                    row.page(), ordinal, row.start(), row.end(), text, example));
        }
    }

    private static Block overlapOf(Block last, int overlapChars) {
        if (overlapChars <= 0) return null;
        List<String> sentences = Sentences.split(last.text());
        if (sentences.size() < 2) return null;
        String tail = sentences.getLast();
        if (tail.length() > overlapChars) return null;
        int at = last.text().lastIndexOf(tail);
        return new Block(Block.Kind.PARAGRAPH, tail, last.page(), last.start() + at);
    }

    private static List<Block> splitLong(Block block, int maxChars) {
        List<Block> pieces = new ArrayList<>();
        String text = block.text();
        StringBuilder piece = new StringBuilder();
        int pieceStart = 0;
        int cursor = 0;
        for (String sentence : Sentences.split(text)) {
            int at = text.indexOf(sentence, cursor);
            cursor = at + sentence.length();
            if (!piece.isEmpty() && piece.length() + sentence.length() + 1 > maxChars) {
                pieces.add(new Block(block.kind(), text.substring(pieceStart, pieceStart + piece.length()), block.page(), block.start() + pieceStart));
                piece.setLength(0);
            }
            if (piece.isEmpty()) pieceStart = at;
            piece.setLength(0);
            piece.append(text, pieceStart, cursor);
        }
        if (!piece.isEmpty()) {
            pieces.add(new Block(block.kind(), text.substring(pieceStart, pieceStart + piece.length()), block.page(), block.start() + pieceStart));
        }
        return pieces;
    }
}
