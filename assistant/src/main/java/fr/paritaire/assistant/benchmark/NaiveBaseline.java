package fr.paritaire.assistant.benchmark;

import dev.langchain4j.data.document.Document;
import dev.langchain4j.data.document.DocumentSplitter;
import dev.langchain4j.data.document.splitter.DocumentSplitters;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.HuggingFaceTokenCountEstimator;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import dev.langchain4j.store.embedding.EmbeddingSearchRequest;
import dev.langchain4j.store.embedding.inmemory.InMemoryEmbeddingStore;
import fr.paritaire.ingestion.extract.ExtractionFailed;
import fr.paritaire.ingestion.extract.TextExtractor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The naive LangChain4j RAG we measure ourselves against: raw extracted text, recursive splitter of ~300 tokens,
 * all-MiniLM-L6-v2 (quantized) vectors in an in-memory store, vector-only top-k.
 */
final class NaiveBaseline {

    private final EmbeddingModel model = new AllMiniLmL6V2QuantizedEmbeddingModel();
    private final InMemoryEmbeddingStore<TextSegment> store = new InMemoryEmbeddingStore<>();
    private final int segments;

    NaiveBaseline(Path corpus, TextExtractor extractor) {
        DocumentSplitter splitter = DocumentSplitters.recursive(300, 30, new HuggingFaceTokenCountEstimator());
        List<TextSegment> all = new ArrayList<>();
        try (Stream<Path> files = Files.walk(corpus)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                try {
                    String text = String.join("\n", extractor.extract(file).pages());
                    all.addAll(splitter.split(Document.from(text)));
                } catch (ExtractionFailed e) {
                    // the baseline skips what it cannot read, as we do
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Embedding> vectors = new ArrayList<>();
        for (int i = 0; i < all.size(); i += 32) {
            vectors.addAll(model.embedAll(all.subList(i, Math.min(all.size(), i + 32))).content());
        }
        store.addAll(vectors, all);
        segments = all.size();
    }

    int segments() {
        return segments;
    }

    List<String> search(String question, int k) {
        EmbeddingSearchRequest request = EmbeddingSearchRequest.builder()
                .queryEmbedding(model.embed(question).content()).maxResults(k).build();
        return store.search(request).matches().stream().map(m -> m.embedded().text()).toList();
    }
}
