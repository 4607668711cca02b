package fr.paritaire.ingestion.authority;

import fr.paritaire.ingestion.Authority;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The fallback for documents without a sidecar: the authority of every document under a corpus folder
 * ({@code paritaire.authority.folders.accords=example}). The longest matching folder wins.
 *
 * @param folders folder (relative to the corpus, '/'-separated) to authority; default {@code accords} → example, the
 *                fictional sample agreements
 */
@ConfigurationProperties("paritaire.authority")
public record AuthorityProperties(Map<String, Authority> folders) {

    public AuthorityProperties {
        folders = folders == null ? Map.of("accords", Authority.EXAMPLE) : Map.copyOf(folders);
    }

    public static AuthorityProperties defaults() {
        return new AuthorityProperties(null);
    }
}
