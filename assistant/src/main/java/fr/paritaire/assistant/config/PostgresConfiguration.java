package fr.paritaire.assistant.config;

import fr.paritaire.ingestion.search.SearchProperties;
import fr.paritaire.ingestion.store.KnowledgeBase;
import fr.paritaire.ingestion.store.postgres.PostgresKnowledgeBase;
import fr.paritaire.ingestion.store.postgres.PostgresProperties;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/** The {@code postgres} profile: the knowledge base lives in PostgreSQL + pgvector, shared by every app instance. */
@Configuration(proxyBeanMethods = false)
@Profile("postgres")
class PostgresConfiguration {

    @Bean(destroyMethod = "close")
    KnowledgeBase postgresKnowledgeBase(DataSource dataSource, PostgresProperties postgres, SearchProperties search,
                                        @Value("${spring.datasource.url}") String url) {
        return new PostgresKnowledgeBase(dataSource, postgres, KnowledgeBaseConfiguration.boosts(search), url);
    }
}
