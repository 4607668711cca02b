package fr.paritaire.assistant.chat;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.ollama.OllamaChatModel;
import dev.langchain4j.model.ollama.OllamaStreamingChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import dev.langchain4j.model.openai.OpenAiStreamingChatModel;
import fr.paritaire.assistant.answer.Answerer;
import fr.paritaire.assistant.answer.PromptTemplates;
import java.time.Clock;
import java.util.Locale;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * With {@code paritaire.chat.provider} other than {@code none}: the chat answerer (it takes the extractive answerer's
 * place; that one stays for fallbacks) and the chat model's health, reported as {@code chatModel}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("!'${paritaire.chat.provider:none}'.trim().isEmpty() && !'${paritaire.chat.provider:none}'.trim().equalsIgnoreCase('none')")
class ChatConfiguration {

    @Bean("chatModel")
    ChatModelStatus chatModelStatus(ChatProperties properties) {
        return new ChatModelStatus(properties, Clock.systemUTC());
    }

    @Bean
    @Primary
    Answerer chatAnswerer(ChatProperties properties, PromptTemplates templates, ChatModelStatus status) {
        return new ChatAnswerer(chatModel(properties), streamingChatModel(properties), new ChatPrompt(templates, properties),
                properties, status);
    }

    static ChatModel chatModel(ChatProperties p) {
        return switch (provider(p)) {
            case "openai" -> OpenAiChatModel.builder().baseUrl(baseUrl(p)).apiKey(apiKey(p)).modelName(p.model())
                    .timeout(p.timeout()).temperature(p.temperature()).maxRetries(0).build();
            case "ollama" -> OllamaChatModel.builder().baseUrl(baseUrl(p)).modelName(p.model())
                    .timeout(p.timeout()).temperature(p.temperature()).maxRetries(0).build();
            default -> throw unknown(p);
        };
    }

    static StreamingChatModel streamingChatModel(ChatProperties p) {
        return switch (provider(p)) {
            case "openai" -> OpenAiStreamingChatModel.builder().baseUrl(baseUrl(p)).apiKey(apiKey(p)).modelName(p.model())
                    .timeout(p.timeout()).temperature(p.temperature()).build();
            case "ollama" -> OllamaStreamingChatModel.builder().baseUrl(baseUrl(p)).modelName(p.model())
                    .timeout(p.timeout()).temperature(p.temperature()).build();
            default -> throw unknown(p);
        };
    }

    private static String provider(ChatProperties p) {
        String provider = p.provider().strip().toLowerCase(Locale.ROOT);
        if ((provider.equals("openai") || provider.equals("ollama")) && (p.model() == null || p.model().isBlank())) {
            throw new IllegalStateException("paritaire.chat.model is required with paritaire.chat.provider=" + provider
                    + " (e.g. mistral-small-latest, gpt-4o-mini, or an Ollama model such as mistral-nemo)");
        }
        return provider;
    }

    private static String baseUrl(ChatProperties p) {
        if (p.baseUrl() != null && !p.baseUrl().isBlank()) return p.baseUrl().strip();
        return provider(p).equals("ollama") ? "http://localhost:11434" : "https://api.openai.com/v1";
    }

    /** A local OpenAI-compatible server needs no key, but the client wants one. */
    private static String apiKey(ChatProperties p) {
        return p.apiKey() == null || p.apiKey().isBlank() ? "no-key" : p.apiKey();
    }

    private static IllegalStateException unknown(ChatProperties p) {
        return new IllegalStateException("paritaire.chat.provider must be none, openai or ollama (got '" + p.provider() + "')");
    }
}
