package fr.paritaire.assistant.documents;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How documents are shown.
 *
 * @param contextPassages passages shown before and after a cited one in the source viewer
 * @param maxContextPassages the most a client may ask for on each side
 */
@ConfigurationProperties("paritaire.documents")
public record DocumentsProperties(@DefaultValue("2") int contextPassages, @DefaultValue("10") int maxContextPassages) {
}
