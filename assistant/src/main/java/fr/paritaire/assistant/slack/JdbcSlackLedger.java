package fr.paritaire.assistant.slack;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The {@code postgres} profile: events and threads in the application's schema (migration
 * {@code V3__slack.sql}), so several instances behind one Slack app answer each event once.
 */
final class JdbcSlackLedger implements SlackLedger {

    private static final int PRUNE_EVERY = 500;

    private final JdbcTemplate jdbc;
    private final String schema;
    private final Duration retention;
    private final AtomicLong claims = new AtomicLong();

    JdbcSlackLedger(DataSource dataSource, String schema, Duration retention) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.schema = schema;
        this.retention = retention;
    }

    private String q(String sql) {
        return sql.replace("{s}", schema);
    }

    @Override
    public boolean claim(String key, String eventId) {
        if (claims.incrementAndGet() % PRUNE_EVERY == 0) {
            jdbc.update(q("DELETE FROM {s}.slack_events WHERE received_at < ?"),
                    Timestamp.from(Instant.now().minus(retention)));
        }
        return jdbc.update(q("INSERT INTO {s}.slack_events (event_key, event_id) VALUES (?, ?) ON CONFLICT DO NOTHING"),
                key, eventId) == 1;
    }

    @Override
    public void rememberThread(String channel, String threadTs) {
        jdbc.update(q("INSERT INTO {s}.slack_threads (channel, thread_ts) VALUES (?, ?) ON CONFLICT DO NOTHING"), channel, threadTs);
    }

    @Override
    public boolean isAnsweredThread(String channel, String threadTs) {
        Integer n = jdbc.queryForObject(q("SELECT count(*) FROM {s}.slack_threads WHERE channel = ? AND thread_ts = ?"),
                Integer.class, channel, threadTs);
        return n != null && n > 0;
    }
}
