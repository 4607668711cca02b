package fr.paritaire.ingestion.authority;

import fr.paritaire.ingestion.TestPipeline;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link AuthorityStoreContract} on the embedded (Lucene) store. */
class EmbeddedAuthorityStoreTest {

    @TempDir
    Path corpus;
    @TempDir
    Path data;

    @Test
    void keepsAuthoritiesFiltersOnThemAndReingestsWhenASidecarChanges() throws Exception {
        AuthorityStoreContract.prepare(corpus);
        try (TestPipeline pipeline = new TestPipeline(data)) {
            AuthorityStoreContract.check(pipeline, corpus);
        }
    }
}
