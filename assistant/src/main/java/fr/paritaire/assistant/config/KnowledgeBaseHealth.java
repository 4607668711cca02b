package fr.paritaire.assistant.config;

import fr.paritaire.ingestion.store.KnowledgeBase;
import fr.paritaire.ingestion.store.KnowledgeBaseUnavailable;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Part of readiness: DOWN while the knowledge base is loading or its database is unreachable, so a load balancer stops
 * sending questions that could not be answered; UP again as soon as it is back.
 */
@Component("knowledgeBase")
class KnowledgeBaseHealth implements HealthIndicator {

    private final KnowledgeBase knowledgeBase;
    private final KnowledgeBaseState state;

    KnowledgeBaseHealth(KnowledgeBase knowledgeBase, KnowledgeBaseState state) {
        this.knowledgeBase = knowledgeBase;
        this.state = state;
    }

    @Override
    public Health health() {
        if (!state.isLoaded()) return Health.outOfService().withDetail("reason", "loading").build();
        try {
            knowledgeBase.ping();
            return Health.up().build();
        } catch (KnowledgeBaseUnavailable e) {
            return Health.down().withDetail("reason", e.getMessage()).build();
        }
    }
}
