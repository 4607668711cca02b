package fr.paritaire.ingestion.store;

import fr.paritaire.ingestion.AgreementLevel;
import fr.paritaire.ingestion.Authority;
import fr.paritaire.ingestion.DocumentMetadata;
import fr.paritaire.ingestion.Passage;
import fr.paritaire.ingestion.SearchText;
import fr.paritaire.ingestion.SourceDocument;
import fr.paritaire.ingestion.text.FrenchAnalyzer;
import fr.paritaire.ingestion.store.LexicalQuery;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * The embedded knowledge base: one Lucene index on disk under the data folder holding documents, passages (faithful
 * text stored, searchable text indexed with {@link FrenchAnalyzer}) and their vectors. Each document replacement is
 * one Lucene commit, so a crash leaves the previous commit intact. Vectors are searched exactly in memory, which at
 * the size of a personal corpus is faster than an approximate index.
 */
public final class LuceneKnowledgeBase implements KnowledgeBase {

    private static final String KIND = "kind";
    private static final String DOC_ID = "documentId";
    private static final String MODEL = "embeddingModel";
    private static final String DIMENSION = "embeddingDimension";
    private static final String AUTHORITY = "authority";

    private IndexWriter writer;
    private final Path indexDir;
    private final LexicalFieldBoosts boosts;
    private volatile Snapshot snapshot;

    private record Snapshot(IndexSearcher searcher, List<Passage> passages, float[][] vectors,
                            Map<String, SourceDocument> documents, Map<Integer, Integer> luceneDocToPassage) {
    }

    public LuceneKnowledgeBase(Path dataDir, LexicalFieldBoosts boosts) {
        this.boosts = boosts;
        try {
            this.indexDir = dataDir.resolve("index").toAbsolutePath().normalize();
            Files.createDirectories(indexDir);
            this.writer = openWriter();
            if (writer.getLiveCommitData() == null || !writer.getLiveCommitData().iterator().hasNext()) writer.commit();
            refresh();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the knowledge base under " + dataDir.toAbsolutePath(), e);
        }
    }

    @Override
    public synchronized void checkEmbeddingModel(String modelId, int dimension) {
        Map<String, String> data = commitData();
        String stored = data.get(MODEL);
        if (stored == null) {
            if (!snapshot.passages.isEmpty()) throw new EmbeddingModelMismatch("unknown", -1, modelId, dimension);
            setCommitData(modelId, dimension);
            return;
        }
        int storedDimension = Integer.parseInt(data.getOrDefault(DIMENSION, "-1"));
        if (!stored.equals(modelId) || storedDimension != dimension) {
            throw new EmbeddingModelMismatch(stored, storedDimension, modelId, dimension);
        }
    }

    @Override
    public synchronized void resetFor(String modelId, int dimension) {
        try {
            writer.deleteAll();
            setCommitData(modelId, dimension);
            refresh();
        } catch (IOException e) {
            rollback(e);
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            rollback(e);
            throw e;
        }
    }

    private void setCommitData(String modelId, int dimension) {
        writer.setLiveCommitData(Map.of(MODEL, modelId, DIMENSION, Integer.toString(dimension)).entrySet());
        try {
            writer.commit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Map<String, String> commitData() {
        Map<String, String> data = new HashMap<>();
        Iterable<Map.Entry<String, String>> live = writer.getLiveCommitData();
        if (live != null) live.forEach(e -> data.put(e.getKey(), e.getValue()));
        return data;
    }

    @Override
    public Map<String, SourceDocument> documents() {
        return snapshot.documents;
    }

    @Override
    public synchronized void replace(SourceDocument document, List<Passage> passages, List<float[]> vectors) {
        if (passages.size() != vectors.size()) throw new IllegalArgumentException("one vector per passage expected");
        List<Document> docs = new ArrayList<>(passages.size() + 1);
        docs.add(documentRecord(document));
        for (int i = 0; i < passages.size(); i++) docs.add(passageRecord(passages.get(i), vectors.get(i)));
        try {
            writer.deleteDocuments(new Term(DOC_ID, document.id()));
            writer.addDocuments(docs);
            writer.commit();
            refresh();
        } catch (IOException e) {
            rollback(e);
            throw new UncheckedIOException("Could not store " + document.source(), e);
        } catch (RuntimeException e) {
            rollback(e);
            throw e;
        }
    }

    @Override
    public synchronized void remove(String documentId) {
        try {
            writer.deleteDocuments(new Term(DOC_ID, documentId));
            writer.commit();
            refresh();
        } catch (IOException e) {
            rollback(e);
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public List<ScoredPassage> vectorSearch(float[] query, int k, PassageFilter filter) {
        Snapshot s = snapshot;
        double queryNorm = norm(query);
        List<ScoredPassage> scored = new ArrayList<>(s.passages.size());
        for (int i = 0; i < s.passages.size(); i++) {
            if (!filter.accepts(s.passages.get(i))) continue;
            float[] v = s.vectors[i];
            double dot = 0;
            for (int d = 0; d < v.length; d++) dot += v[d] * query[d];
            scored.add(new ScoredPassage(s.passages.get(i), dot / (norm(v) * queryNorm + 1e-9)));
        }
        scored.sort(Comparator.comparingDouble(ScoredPassage::score).reversed());
        return List.copyOf(scored.subList(0, Math.min(k, scored.size())));
    }

    @Override
    public List<ScoredPassage> lexicalSearch(LexicalQuery query, int k, PassageFilter filter) {
        Snapshot s = snapshot;
        if (query.isEmpty() || s.passages.isEmpty()) return List.of();
        try {
            ScoreDoc[] hits = s.searcher.search(toLucene(query, filter), k).scoreDocs;
            List<ScoredPassage> out = new ArrayList<>(hits.length);
            for (ScoreDoc hit : hits) {
                Integer index = s.luceneDocToPassage.get(hit.doc);
                if (index != null) out.add(new ScoredPassage(s.passages.get(index), hit.score));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Query toLucene(LexicalQuery query, PassageFilter filter) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (LexicalQuery.WeightedTerm t : query.terms()) {
            b.add(new BoostQuery(new TermQuery(new Term("body", t.analyzed())), t.weight()), BooleanClause.Occur.SHOULD);
            b.add(new BoostQuery(new TermQuery(new Term("heading", t.analyzed())), t.weight() * boosts.heading()), BooleanClause.Occur.SHOULD);
        }
        for (String article : query.articles()) {
            b.add(new BoostQuery(new TermQuery(new Term("article", article)), boosts.article()), BooleanClause.Occur.SHOULD);
        }
        b.add(new TermQuery(new Term(KIND, "passage")), BooleanClause.Occur.FILTER);
        if (!filter.includeExamples()) b.add(new TermQuery(new Term("example", "true")), BooleanClause.Occur.MUST_NOT);
        if (!filter.authorities().isEmpty()) b.add(anyOf(AUTHORITY, List.of(filter.authorityIds())), BooleanClause.Occur.FILTER);
        if (!filter.documentIds().isEmpty()) b.add(anyOf(DOC_ID, filter.documentIds()), BooleanClause.Occur.FILTER);
        b.setMinimumNumberShouldMatch(1);
        return b.build();
    }

    private static Query anyOf(String field, java.util.Collection<String> values) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (String v : values) any.add(new TermQuery(new Term(field, v)), BooleanClause.Occur.SHOULD);
        return any.build();
    }

    @Override
    public Map<String, Integer> documentFrequencies(java.util.Collection<String> analyzedTerms) {
        Map<String, Integer> df = new HashMap<>();
        try {
            // Counted, not read from the term statistics: those still include the passages of a document replaced since
            // the last merge, so a re-ingested document would weigh twice (PostgreSQL counts live rows too).
            IndexSearcher searcher = snapshot.searcher;
            for (String term : analyzedTerms) {
                df.put(term, searcher.count(new BooleanQuery.Builder()
                        .add(new TermQuery(new Term("body", term)), BooleanClause.Occur.FILTER)
                        .add(new TermQuery(new Term(KIND, "passage")), BooleanClause.Occur.FILTER).build()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return df;
    }

    @Override
    public Map<String, Integer> documentFrequenciesIn(String documentId, java.util.Collection<String> analyzedTerms) {
        Map<String, Integer> df = new HashMap<>();
        try {
            for (String term : analyzedTerms) {
                df.put(term, snapshot.searcher.count(new BooleanQuery.Builder()
                        .add(new TermQuery(new Term("body", term)), BooleanClause.Occur.FILTER)
                        .add(new TermQuery(new Term(DOC_ID, documentId)), BooleanClause.Occur.FILTER)
                        .add(new TermQuery(new Term(KIND, "passage")), BooleanClause.Occur.FILTER).build()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return df;
    }

    @Override
    public java.util.Set<String> documentsUsing(String analyzedTerm, int limit) {
        java.util.Set<String> out = new java.util.LinkedHashSet<>();
        try {
            IndexSearcher searcher = snapshot.searcher;
            TopDocs top = searcher.search(new BooleanQuery.Builder()
                    .add(new TermQuery(new Term("body", analyzedTerm)), BooleanClause.Occur.FILTER)
                    .add(new TermQuery(new Term(KIND, "passage")), BooleanClause.Occur.FILTER).build(), MAX_PASSAGES_READ);
            StoredFields stored = searcher.getIndexReader().storedFields();
            for (ScoreDoc hit : top.scoreDocs) {
                out.add(stored.document(hit.doc, java.util.Set.of(DOC_ID)).get(DOC_ID));
                if (out.size() >= limit) break;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** How many of a term's passages {@link #documentsUsing} reads: enough for the rare names it is asked about. */
    private static final int MAX_PASSAGES_READ = 2_000;

    @Override
    public String describe() {
        return indexDir.toString();
    }

    @Override
    public int passageCount() {
        return snapshot.passages.size();
    }

    @Override
    public List<Passage> passagesWithArticle(String article) {
        return snapshot.passages.stream().filter(p -> article.equals(p.article())).toList();
    }

    @Override
    public List<Passage> passagesOf(String documentId) {
        return snapshot.passages.stream().filter(p -> p.documentId().equals(documentId))
                .sorted(Comparator.comparingInt(Passage::ordinal)).toList();
    }

    private static Document documentRecord(SourceDocument d) {
        Document doc = new Document();
        doc.add(new StringField(KIND, "document", Field.Store.YES));
        doc.add(new StringField(DOC_ID, d.id(), Field.Store.YES));
        doc.add(new StoredField("source", d.source()));
        doc.add(new StoredField("hash", d.contentHash()));
        doc.add(new StoredField("pipeline", d.pipeline()));
        doc.add(new StoredField("title", d.title()));
        doc.add(new StoredField("contentType", String.valueOf(d.contentType())));
        doc.add(new StoredField("language", d.language()));
        doc.add(new StoredField("ingestedAt", d.ingestedAt().toString()));
        for (String alias : d.aliases()) doc.add(new StoredField("alias", alias));
        DocumentMetadata m = d.metadata();
        // Not "authority": Lucene wants one schema per field name, and the passages' is indexed.
        doc.add(new StoredField("documentAuthority", m.authority().id()));
        if (m.level() != null) doc.add(new StoredField("level", m.level().id()));
        if (m.date() != null) doc.add(new StoredField("date", m.date().toString()));
        doc.add(new StoredField("metadataOrigin", m.origin()));
        return doc;
    }

    private static Document passageRecord(Passage p, float[] vector) {
        Document doc = new Document();
        doc.add(new StringField(KIND, "passage", Field.Store.YES));
        doc.add(new StringField(DOC_ID, p.documentId(), Field.Store.YES));
        doc.add(new StringField("id", p.id(), Field.Store.YES));
        doc.add(new StoredField("title", p.title()));
        doc.add(new StoredField("source", p.source()));
        if (p.section() != null) doc.add(new StoredField("section", p.section()));
        if (p.article() != null) doc.add(new StringField("article", p.article(), Field.Store.YES));
        if (p.page() != null) doc.add(new StoredField("page", p.page()));
        doc.add(new StoredField("ordinal", p.ordinal()));
        doc.add(new StoredField("start", p.startOffset()));
        doc.add(new StoredField("end", p.endOffset()));
        doc.add(new StoredField("text", p.text()));
        doc.add(new StringField("example", Boolean.toString(p.example()), Field.Store.YES));
        doc.add(new StringField(AUTHORITY, p.authority().id(), Field.Store.YES));
        if (p.level() != null) doc.add(new StoredField("level", p.level().id()));
        doc.add(new TextField("body", SearchText.of(p.text()), Field.Store.NO));
        doc.add(new TextField("heading", p.headingText(), Field.Store.NO));
        doc.add(new StoredField("vector", toBytes(vector)));
        return doc;
    }

    private void refresh() throws IOException {
        DirectoryReader reader = DirectoryReader.open(writer);
        IndexSearcher searcher = new IndexSearcher(reader);
        List<Passage> passages = new ArrayList<>();
        List<float[]> vectors = new ArrayList<>();
        Map<String, SourceDocument> documents = new LinkedHashMap<>();
        Map<Integer, Integer> docToPassage = new HashMap<>();
        StoredFields stored = reader.storedFields();
        org.apache.lucene.util.Bits live = org.apache.lucene.index.MultiBits.getLiveDocs(reader);
        for (int doc = 0; doc < reader.maxDoc(); doc++) {
            if (live != null && !live.get(doc)) continue;
            Document d = stored.document(doc);
            if ("document".equals(d.get(KIND))) {
                SourceDocument sd = toSourceDocument(d);
                documents.put(sd.source(), sd);
            } else {
                docToPassage.put(doc, passages.size());
                passages.add(toPassage(d));
                vectors.add(fromBytes(d.getBinaryValue("vector")));
            }
        }
        Snapshot old = snapshot;
        snapshot = new Snapshot(searcher, List.copyOf(passages), vectors.toArray(float[][]::new), Map.copyOf(documents), docToPassage);
        if (old != null) old.searcher.getIndexReader().decRef();
    }

    private static SourceDocument toSourceDocument(Document d) {
        return new SourceDocument(d.get(DOC_ID), d.get("source"), d.get("hash"), String.valueOf(d.get("pipeline")), d.get("title"), d.get("contentType"),
                d.get("language"), Instant.parse(d.get("ingestedAt")), Arrays.asList(d.getValues("alias")),
                new DocumentMetadata(d.get("documentAuthority") == null ? null : Authority.parse(d.get("documentAuthority")), level(d),
                        d.get("date") == null ? null : LocalDate.parse(d.get("date")), d.get("metadataOrigin")));
    }

    private static Passage toPassage(Document d) {
        return new Passage(d.get("id"), d.get(DOC_ID), d.get("title"), d.get("source"), d.get("section"), d.get("article"),
                intOrNull(d, "page"), intOf(d, "ordinal"), intOf(d, "start"), intOf(d, "end"), d.get("text"),
                "true".equals(d.get("example")), d.get(AUTHORITY) == null ? null : Authority.parse(d.get(AUTHORITY)), level(d));
    }

    private static AgreementLevel level(Document d) {
        return d.get("level") == null ? null : AgreementLevel.parse(d.get("level"));
    }

    private static Integer intOrNull(Document d, String field) {
        return d.getField(field) == null ? null : d.getField(field).numericValue().intValue();
    }

    private static int intOf(Document d, String field) {
        return d.getField(field).numericValue().intValue();
    }

    private static BytesRef toBytes(float[] v) {
        ByteBuffer buffer = ByteBuffer.allocate(v.length * 4).order(ByteOrder.LITTLE_ENDIAN);
        for (float f : v) buffer.putFloat(f);
        return new BytesRef(buffer.array());
    }

    private static float[] fromBytes(BytesRef bytes) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes.bytes, bytes.offset, bytes.length).order(ByteOrder.LITTLE_ENDIAN);
        float[] v = new float[bytes.length / 4];
        for (int i = 0; i < v.length; i++) v[i] = buffer.getFloat();
        return v;
    }

    private static double norm(float[] v) {
        double s = 0;
        for (float f : v) s += f * f;
        return Math.sqrt(s);
    }

    /**
     * Undoes a change that failed half-way (the old version's delete is buffered when adding the new one fails): the
     * writer drops everything since the last commit and a new one reopens the index as committed, so neither readers
     * nor the next commit ever see the half-done change.
     */
    private void rollback(Exception cause) {
        try {
            writer.rollback();
            writer = openWriter();
            refresh();
        } catch (IOException | RuntimeException e) {
            cause.addSuppressed(e);
        }
    }

    private IndexWriter openWriter() throws IOException {
        IndexWriterConfig config = new IndexWriterConfig(new FrenchAnalyzer());
        config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
        return new IndexWriter(FSDirectory.open(indexDir), config);
    }

    @Override
    public synchronized void close() {
        try {
            writer.close();
            snapshot.searcher.getIndexReader().decRef();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
