package fr.paritaire.ingestion;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;

/**
 * The real PostgreSQL + pgvector the postgres tests run against: {@code PARITAIRE_TEST_DB_URL} (default
 * {@code jdbc:postgresql://127.0.0.1:5432/paritaire}), {@code PARITAIRE_TEST_DB_USER}, {@code PARITAIRE_TEST_DB_PASSWORD}
 * (default {@code paritaire}). {@code .ci/run} installs and starts it; on a developer machine without it the tests are
 * skipped, in CI they fail.
 */
public final class TestDatabase {

    public static final String URL = env("PARITAIRE_TEST_DB_URL", "jdbc:postgresql://127.0.0.1:5432/paritaire");
    public static final String USER = env("PARITAIRE_TEST_DB_USER", "paritaire");
    public static final String PASSWORD = env("PARITAIRE_TEST_DB_PASSWORD", "paritaire");

    private TestDatabase() {
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    /** Skips the calling test when no database is reachable, except in CI where that is a failure. */
    public static void assumeAvailable() {
        try (Connection ignored = DriverManager.getConnection(URL, USER, PASSWORD)) {
            // reachable
        } catch (SQLException e) {
            if ("true".equals(System.getenv("CI"))) throw new IllegalStateException("PostgreSQL not reachable in CI at " + URL, e);
            assumeTrue(false, "PostgreSQL not reachable at " + URL + " (" + e.getMessage() + ")");
        }
    }

    /** A pooled DataSource, like the application's. */
    public static HikariDataSource dataSource() {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(URL);
        config.setUsername(USER);
        config.setPassword(PASSWORD);
        config.setMaximumPoolSize(6);
        config.setConnectionTimeout(5000);
        config.setInitializationFailTimeout(-1);
        return new HikariDataSource(config);
    }

    /** A fresh schema name, so tests never see each other's data. */
    public static String freshSchema() {
        return "it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    public static void dropSchema(String schema) {
        try (Connection c = DriverManager.getConnection(URL, USER, PASSWORD)) {
            c.createStatement().execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
