package fr.paritaire.ingestion.chunk;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How passages are sized.
 *
 * @param maxChars paragraphs are packed into a passage up to this many characters
 * @param overlapChars trailing sentences of a passage, up to this many characters, open the next one in the same section
 */
@ConfigurationProperties("paritaire.chunking")
public record ChunkingProperties(@DefaultValue("1500") int maxChars, @DefaultValue("150") int overlapChars) {

    public static ChunkingProperties defaults() {
        return new ChunkingProperties(1500, 150);
    }
}
