package fr.paritaire.assistant.feedback;

import fr.paritaire.assistant.answer.Citation;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The {@code postgres} profile: the {@code feedback} table of the application's schema (migration
 * {@code V4__feedback.sql}), shared by every instance and every channel.
 */
final class JdbcFeedbackStore implements FeedbackStore {

    private final JdbcTemplate jdbc;
    private final String schema;

    JdbcFeedbackStore(DataSource dataSource, String schema) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.schema = schema;
    }

    private String q(String sql) {
        return sql.replace("{s}", schema);
    }

    @Override
    public void save(Feedback f) {
        jdbc.update(q("INSERT INTO {s}.feedback (created_at, channel, vote, comment, conversation_id, question, answer, "
                        + "verdict, grounded, citations, user_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?)"),
                Timestamp.from(f.at()), f.channel(), f.vote(), f.comment(), f.conversationId(), f.question(), f.answer(),
                f.verdict(), f.grounded(), FeedbackJson.MAPPER.writeValueAsString(f.citations()), f.userHash());
    }

    @Override
    public List<Feedback> all() {
        return jdbc.query(q("SELECT created_at, channel, vote, comment, conversation_id, question, answer, verdict, "
                + "grounded, citations::text, user_hash FROM {s}.feedback ORDER BY id"), (row, n) -> feedback(row));
    }

    private static Feedback feedback(ResultSet row) throws SQLException {
        List<Citation> citations = FeedbackJson.MAPPER.readValue(row.getString(10), FeedbackJson.CITATIONS);
        return new Feedback(row.getTimestamp(1).toInstant(), row.getString(2), row.getString(3), row.getString(4),
                row.getString(5), row.getString(6), row.getString(7), row.getString(8), row.getBoolean(9), citations,
                row.getString(11));
    }
}
