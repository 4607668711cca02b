package fr.paritaire.assistant.feedback;

import fr.paritaire.assistant.config.ParitaireProperties;
import fr.paritaire.ingestion.store.postgres.PostgresProperties;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/** Which {@link FeedbackStore} every channel shares: the data folder's JSON lines, or PostgreSQL under {@code postgres}. */
@Configuration(proxyBeanMethods = false)
class FeedbackConfiguration {

    @Bean
    @Profile("!postgres")
    FeedbackStore jsonLinesFeedbackStore(ParitaireProperties paritaire) {
        return new JsonLinesFeedbackStore(paritaire.dataFolder().resolve("feedback.jsonl"));
    }

    @Bean
    @Profile("postgres")
    FeedbackStore jdbcFeedbackStore(DataSource dataSource, PostgresProperties postgres) {
        return new JdbcFeedbackStore(dataSource, postgres.schema());
    }
}
