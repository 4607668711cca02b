package fr.paritaire.assistant.chat;

import fr.paritaire.assistant.answer.ChatModelUnavailable;
import java.time.Clock;
import java.time.Instant;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;

/**
 * How the chat model has been doing: after {@code failuresBeforeCooldown} failures in a row it is skipped for the
 * cool-down (answers are extractive meanwhile, at once). Health says DEGRADED, never DOWN, while its last call failed:
 * the application still answers, from quotes.
 */
public final class ChatModelStatus implements HealthIndicator {

    public static final Status DEGRADED = new Status("DEGRADED", "the chat model is failing: answers are extractive");

    private final ChatProperties properties;
    private final Clock clock;
    private int failures;
    private String lastFailure;
    private Instant skippedUntil;

    public ChatModelStatus(ChatProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
    }

    /** Throws when the model is being skipped after repeated failures. */
    synchronized void admit() {
        if (skippedUntil != null && clock.instant().isBefore(skippedUntil)) {
            throw new ChatModelUnavailable("skipped until " + skippedUntil + " after " + failures + " failures in a row ("
                    + lastFailure + ")");
        }
    }

    synchronized void succeeded() {
        failures = 0;
        lastFailure = null;
        skippedUntil = null;
    }

    synchronized void failed(String reason) {
        failures++;
        lastFailure = reason;
        if (failures >= properties.failuresBeforeCooldown()) skippedUntil = clock.instant().plus(properties.cooldown());
    }

    @Override
    public synchronized Health health() {
        Health.Builder health = lastFailure == null ? Health.up() : Health.status(DEGRADED)
                .withDetail("lastFailure", lastFailure).withDetail("failuresInARow", failures);
        if (skippedUntil != null && clock.instant().isBefore(skippedUntil)) health.withDetail("skippedUntil", skippedUntil.toString());
        return health.withDetail("provider", properties.provider()).withDetail("model", String.valueOf(properties.model())).build();
    }
}
