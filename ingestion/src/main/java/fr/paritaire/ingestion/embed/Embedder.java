package fr.paritaire.ingestion.embed;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import java.util.ArrayList;
import java.util.List;

/**
 * A LangChain4j {@link EmbeddingModel} with the facts the store must track: a stable model id and the vector dimension.
 * Questions get the model's query prefix; passages are embedded as they are.
 */
public final class Embedder {

    private final EmbeddingModel model;
    private final String modelId;
    private final String queryPrefix;
    private final int batchSize;
    private final int dimension;

    public Embedder(EmbeddingModel model, String modelId, String queryPrefix, int batchSize) {
        this.model = model;
        this.modelId = modelId;
        this.queryPrefix = queryPrefix == null ? "" : queryPrefix;
        this.batchSize = Math.max(1, batchSize);
        this.dimension = model.dimension();
    }

    public String modelId() {
        return modelId;
    }

    public int dimension() {
        return dimension;
    }

    public float[] embedQuery(String question) {
        return model.embed(queryPrefix + question).content().vector();
    }

    public List<float[]> embedPassages(List<String> texts) {
        List<float[]> vectors = new ArrayList<>(texts.size());
        for (int from = 0; from < texts.size(); from += batchSize) {
            List<TextSegment> batch = texts.subList(from, Math.min(texts.size(), from + batchSize)).stream()
                    .map(TextSegment::from).toList();
            for (Embedding e : model.embedAll(batch).content()) vectors.add(e.vector());
        }
        return vectors;
    }
}
