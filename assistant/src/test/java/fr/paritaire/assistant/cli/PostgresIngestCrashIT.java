package fr.paritaire.assistant.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fr.paritaire.ingestion.CorpusFixture;
import fr.paritaire.ingestion.TestDatabase;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code kill -9} in the middle of a PostgreSQL ingestion run: what was stored stays whole, the next run completes. */
class PostgresIngestCrashIT {

    static final String SCHEMA = "it_crash";

    /** Whether this test made the schema: when no database is reachable outside CI it is skipped, with nothing to drop. */
    boolean created;

    @BeforeEach
    void freshSchema() {
        TestDatabase.assumeAvailable();
        TestDatabase.dropSchema(SCHEMA);
        created = true;
    }

    @AfterEach
    void dropSchema() {
        if (created) TestDatabase.dropSchema(SCHEMA);
    }

    @Test
    void aKilledRunLeavesWholeDocumentsAndTheNextRunCompletes() throws Exception {
        Process first = start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(first.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null && !line.contains(" 1/")) {
                // wait until the first file is stored, the run then goes on with the next ones
            }
            assertThat(line).as("the run reported a first file").isNotNull();
        }
        first.destroyForcibly();
        assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();

        assertThat(documentsWithoutPassages()).isZero();
        int storedAfterCrash = count("documents");
        assertThat(storedAfterCrash).isBetween(1, 9);

        Process second = start();
        String output = new String(second.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(second.waitFor(300, TimeUnit.SECONDS)).isTrue();
        assertThat(second.exitValue()).as(output).isZero();
        assertThat(output).contains("0 failed");
        assertThat(count("documents")).isEqualTo(9);
        assertThat(documentsWithoutPassages()).isZero();
    }

    private static Process start() throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-jar", Path.of("target/paritaire.jar").toAbsolutePath().toString(),
                "ingest", "--spring.profiles.active=postgres", "--paritaire.corpus-dir=" + CorpusFixture.corpus(),
                "--paritaire.postgres.schema=" + SCHEMA, "--spring.datasource.url=" + TestDatabase.URL,
                "--spring.datasource.username=" + TestDatabase.USER, "--spring.datasource.password=" + TestDatabase.PASSWORD));
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }

    private static int documentsWithoutPassages() throws Exception {
        return query("SELECT count(*) FROM " + SCHEMA + ".documents d WHERE NOT EXISTS "
                + "(SELECT 1 FROM " + SCHEMA + ".chunks c WHERE c.document_id = d.id)");
    }

    private static int count(String table) throws Exception {
        return query("SELECT count(*) FROM " + SCHEMA + "." + table);
    }

    private static int query(String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(TestDatabase.URL, TestDatabase.USER, TestDatabase.PASSWORD);
             ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
