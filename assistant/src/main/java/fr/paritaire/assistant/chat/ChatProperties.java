package fr.paritaire.assistant.chat;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The chat model that writes answers, if any.
 *
 * @param provider {@code none} (extractive answers only), {@code openai} (any OpenAI-compatible chat-completions API:
 *                 OpenAI, Mistral, vLLM, LM Studio, gateways) or {@code ollama}
 * @param baseUrl the API's base URL ({@code https://api.openai.com/v1}, {@code https://api.mistral.ai/v1},
 *                {@code http://localhost:11434}…); the provider's public URL when blank
 * @param apiKey the API key (none for Ollama or a local server)
 * @param model the model name; required with a provider
 * @param timeout the whole answer must have arrived within this time, else the extractive answer is given
 * @param temperature sampling temperature
 * @param contextChars characters of passage text the prompt may carry (passages in rank order, the last one cut)
 * @param historyTurns earlier exchanges of the conversation put into the prompt
 * @param markUnverified show a sentence that cites passages but fails verification with a visible mark instead of
 *                       dropping it (a sentence citing nothing is always dropped)
 * @param failuresBeforeCooldown consecutive failures after which the model is skipped for {@code cooldown}
 * @param cooldown how long the model is skipped after repeated failures
 */
@ConfigurationProperties("paritaire.chat")
public record ChatProperties(
        @DefaultValue("none") String provider,
        String baseUrl,
        String apiKey,
        String model,
        @DefaultValue("30s") Duration timeout,
        @DefaultValue("0.1") double temperature,
        @DefaultValue("12000") int contextChars,
        @DefaultValue("4") int historyTurns,
        @DefaultValue("false") boolean markUnverified,
        @DefaultValue("3") int failuresBeforeCooldown,
        @DefaultValue("1m") Duration cooldown) {
}
