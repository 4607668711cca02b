package fr.paritaire.ingestion.embed;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Which embedding model turns text into vectors.
 *
 * @param provider {@code in-process} (ONNX, no server), {@code openai} (any OpenAI-compatible /embeddings) or {@code ollama}
 * @param model for in-process: {@code bge-small-en-v15-q} or {@code all-minilm-l6-v2-q}; otherwise the remote model name
 * @param queryPrefix text put before a question (not a passage) when embedding it, as some models are trained to expect
 * @param batchSize passages embedded per call during ingestion
 * @param onnxThreads threads of the in-process model's ONNX session for one text (0: ONNX's default, every core); one
 *        keeps a question's embedding from contending with the lexical search that runs beside it
 */
@ConfigurationProperties("paritaire.embedding")
public record EmbeddingProperties(
        @DefaultValue("in-process") String provider,
        @DefaultValue("bge-small-en-v15-q") String model,
        @DefaultValue("Represent this sentence for searching relevant passages: ") String queryPrefix,
        @DefaultValue("http://localhost:11434") String baseUrl,
        @DefaultValue("") String apiKey,
        @DefaultValue("30s") Duration timeout,
        @DefaultValue("32") int batchSize,
        @DefaultValue("1") int onnxThreads) {

    public static EmbeddingProperties inProcess(String model, String queryPrefix) {
        return new EmbeddingProperties("in-process", model, queryPrefix, "", "", Duration.ofSeconds(30), 32, 1);
    }
}
