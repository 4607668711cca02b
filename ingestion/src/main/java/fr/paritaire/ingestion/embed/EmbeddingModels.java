package fr.paritaire.ingestion.embed;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;
import dev.langchain4j.model.ollama.OllamaEmbeddingModel;
import dev.langchain4j.model.openai.OpenAiEmbeddingModel;

/** Builds the configured embedding model. */
public final class EmbeddingModels {

    private EmbeddingModels() {
    }

    public static Embedder create(EmbeddingProperties p) {
        return switch (p.provider()) {
            case "in-process" -> new Embedder(inProcess(p.model()), p.model(), p.queryPrefix(), p.batchSize());
            case "openai" -> new Embedder(OpenAiEmbeddingModel.builder().baseUrl(p.baseUrl()).apiKey(p.apiKey())
                    .modelName(p.model()).timeout(p.timeout()).build(), "openai:" + p.model(), p.queryPrefix(), p.batchSize());
            case "ollama" -> new Embedder(OllamaEmbeddingModel.builder().baseUrl(p.baseUrl()).modelName(p.model())
                    .timeout(p.timeout()).build(), "ollama:" + p.model(), p.queryPrefix(), p.batchSize());
            default -> throw new IllegalArgumentException("Unknown paritaire.embedding.provider '" + p.provider()
                    + "': use in-process, openai or ollama");
        };
    }

    private static EmbeddingModel inProcess(String name) {
        return switch (name) {
            case "bge-small-en-v15-q" -> new BgeSmallEnV15QuantizedEmbeddingModel();
            case "all-minilm-l6-v2-q" -> new AllMiniLmL6V2QuantizedEmbeddingModel();
            default -> throw new IllegalArgumentException("Unknown in-process embedding model '" + name
                    + "': use bge-small-en-v15-q or all-minilm-l6-v2-q");
        };
    }
}
