package fr.paritaire.ingestion.embed;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;
import dev.langchain4j.model.ollama.OllamaEmbeddingModel;
import dev.langchain4j.model.openai.OpenAiEmbeddingModel;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Builds the configured embedding model. */
public final class EmbeddingModels {

    private EmbeddingModels() {
    }

    public static Embedder create(EmbeddingProperties p) {
        return switch (p.provider()) {
            case "in-process" -> new Embedder(inProcess(p.model(), p.onnxThreads()), p.model(), p.queryPrefix(), p.batchSize());
            case "openai" -> new Embedder(OpenAiEmbeddingModel.builder().baseUrl(p.baseUrl()).apiKey(p.apiKey())
                    .modelName(p.model()).timeout(p.timeout()).build(), "openai:" + p.model(), p.queryPrefix(), p.batchSize());
            case "ollama" -> new Embedder(OllamaEmbeddingModel.builder().baseUrl(p.baseUrl()).modelName(p.model())
                    .timeout(p.timeout()).build(), "ollama:" + p.model(), p.queryPrefix(), p.batchSize());
            default -> throw new IllegalArgumentException("Unknown paritaire.embedding.provider '" + p.provider()
                    + "': use in-process, openai or ollama");
        };
    }

    public static EmbeddingModel inProcess(String name, int threads) {
        return switch (name) {
            case "bge-small-en-v15-q" -> onnx(BgeSmallEnV15QuantizedEmbeddingModel.class, "bge-small-en-v1.5-q", PoolingMode.CLS, 384, threads);
            case "all-minilm-l6-v2-q" -> onnx(AllMiniLmL6V2QuantizedEmbeddingModel.class, "all-minilm-l6-v2-q", PoolingMode.MEAN, 384, threads);
            default -> throw new IllegalArgumentException("Unknown in-process embedding model '" + name
                    + "': use bge-small-en-v15-q or all-minilm-l6-v2-q");
        };
    }

    /**
     * The model shipped in {@code modelJar}, run by an ONNX session of our own so its threads can be set: LangChain4j's
     * session uses every core for one question, and then contends with the lexical search running beside it (measured
     * on 2 cores: p95 27 ms with two threads under load, 19 ms with one). Passages are still embedded in parallel, one
     * per thread, during ingestion. The vectors are the same as the stock class's.
     */
    private static EmbeddingModel onnx(Class<?> modelJar, String file, PoolingMode pooling, int dimension, int threads) {
        try (InputStream model = resource(modelJar, "/" + file + ".onnx");
             InputStream tokenizer = resource(modelJar, "/" + file + "-tokenizer.json");
             OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            OrtEnvironment environment = OrtEnvironment.getEnvironment();
            if (threads > 0) options.setIntraOpNumThreads(threads);
            OnnxBertBiEncoder encoder = new OnnxBertBiEncoder(environment, environment.createSession(model.readAllBytes(), options),
                    tokenizer, pooling);
            return new AbstractInProcessEmbeddingModel(null) {
                @Override
                protected OnnxBertBiEncoder model() {
                    return encoder;
                }

                @Override
                protected Integer knownDimension() {
                    return dimension;
                }
            };
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the in-process model " + file, e);
        } catch (OrtException e) {
            throw new IllegalStateException("cannot load the in-process model " + file + ": " + e.getMessage(), e);
        }
    }

    private static InputStream resource(Class<?> owner, String name) {
        InputStream in = owner.getResourceAsStream(name);
        if (in == null) throw new IllegalStateException("model resource " + name + " missing from " + owner.getName() + "'s jar");
        return in;
    }
}
