package fr.paritaire.assistant.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import fr.paritaire.assistant.answer.Citation;
import fr.paritaire.ingestion.TestDatabase;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** The {@code postgres} store: the schema migrated as the application does it, votes of every channel in one table. */
class JdbcFeedbackStoreIT {

    static final String SCHEMA = TestDatabase.freshSchema();
    static HikariDataSource dataSource;

    @BeforeAll
    static void migrate() {
        TestDatabase.assumeAvailable();
        dataSource = TestDatabase.dataSource();
        Flyway.configure().dataSource(dataSource).schemas(SCHEMA).defaultSchema(SCHEMA)
                .locations("classpath:db/migration/postgres").placeholders(Map.of("embeddingDimension", "8"))
                .load().migrate();
    }

    @AfterAll
    static void drop() {
        if (dataSource == null) return;
        dataSource.close();
        TestDatabase.dropSchema(SCHEMA);
    }

    @Test
    void aWebVoteAndASlackVoteAreRowsOfOneTableReadBackAsStored() {
        FeedbackStore store = new JdbcFeedbackStore(dataSource, SCHEMA);
        Instant at = Instant.now().truncatedTo(ChronoUnit.MICROS);
        Citation citation = new Citation(1, "guide#3", "guide", "Guide", "guide.txt", "Le CSE", "L2312-8", 4, "« Le CSE doit… »");
        Feedback web = new Feedback(at, Feedback.WEB, Feedback.DOWN, "Il manque le délai.", "c-1",
                "Le CSE doit-il être consulté ?", "Voici… [1]", "partial", true, List.of(citation), null);
        Feedback slack = new Feedback(at.plusSeconds(1), Feedback.SLACK, Feedback.UP, null, "slack:C1:1.1",
                "Le CSE doit-il être consulté ?", "Oui [1]", "answer", true, List.of(citation), Feedback.hashUser("U1"));

        store.save(web);
        store.save(slack);

        assertThat(store.all()).containsExactly(web, slack);
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        assertThat(jdbc.queryForList("SELECT channel FROM " + SCHEMA + ".feedback ORDER BY id", String.class))
                .containsExactly("web", "slack");
        assertThat(jdbc.queryForObject("SELECT citations->0->>'quote' FROM " + SCHEMA + ".feedback WHERE channel = 'slack'",
                String.class)).as("citations are queryable JSON").isEqualTo("« Le CSE doit… »");
        assertThat(jdbc.queryForObject("SELECT to_regclass('" + SCHEMA + ".slack_feedback') IS NULL", Boolean.class))
                .as("the Slack-only table is gone").isTrue();
    }
}
