package fr.paritaire.assistant.web;

import static org.assertj.core.api.Assertions.assertThat;

import fr.paritaire.assistant.Http;
import fr.paritaire.assistant.ParitaireApplication;
import fr.paritaire.ingestion.TestDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The same REST contract and dev-set floors with the {@code postgres} profile, on a real PostgreSQL + pgvector. */
@SpringBootTest(classes = ParitaireApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"paritaire.corpus-dir=../corpus", "paritaire.postgres.schema=" + PostgresApiIT.SCHEMA})
@ActiveProfiles("postgres")
class PostgresApiIT extends RestContractTests {

    static final String SCHEMA = "it_rest";

    @BeforeAll
    static void freshSchema() {
        TestDatabase.assumeAvailable();
        TestDatabase.dropSchema(SCHEMA);
    }

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> TestDatabase.URL);
        registry.add("spring.datasource.username", () -> TestDatabase.USER);
        registry.add("spring.datasource.password", () -> TestDatabase.PASSWORD);
    }

    @Test
    void answersAgainAndIsReadyAfterTheDatabaseDropsItsConnections() throws Exception {
        try (Connection c = DriverManager.getConnection(TestDatabase.URL, TestDatabase.USER, TestDatabase.PASSWORD)) {
            c.createStatement().execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                    + "WHERE usename = current_user AND pid <> pg_backend_pid()");
        }
        int status = 0;
        for (int attempt = 0; attempt < 20 && status != 200; attempt++) {
            Http.Reply reply = Http.post(port, "/api/search", Map.of("query", "Qui pilote le projet SeCoIA Deal ?", "limit", 3));
            status = reply.status();
            if (status != 200) {
                assertThat(status).as("while reconnecting: a clear 503, never a 500").isEqualTo(503);
                Thread.sleep(250);
            }
        }
        assertThat(status).isEqualTo(200);
        assertThat(Http.get(port, "/actuator/health/readiness").body().path("status").asText()).isEqualTo("UP");
    }
}
