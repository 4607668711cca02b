package fr.paritaire.assistant.documents;

import fr.paritaire.assistant.config.ParitaireProperties;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The corpus folder as files: resolves a stored source path to its file without ever leaving the folder, and writes a
 * new document into it under a safe name, never overwriting one.
 */
@Component
public class CorpusFolder {

    /** The formats a person may add, with the media type the original is served as. */
    static final Map<String, String> FORMATS = Map.of(
            "pdf", "application/pdf",
            "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "odt", "application/vnd.oasis.opendocument.text",
            "html", "text/html;charset=UTF-8",
            "htm", "text/html;charset=UTF-8",
            "txt", "text/plain;charset=UTF-8");

    /** Shown by the browser itself rather than downloaded. */
    private static final Set<String> INLINE = Set.of("pdf", "html", "htm", "txt");

    private final Path root;

    @Autowired
    public CorpusFolder(ParitaireProperties properties) {
        this(properties.corpusFolder());
    }

    CorpusFolder(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    public Path root() {
        return root;
    }

    /** The file of a source path relative to the corpus; a path that would lead outside the folder is not found. */
    public Path resolve(String source) {
        Path file = root.resolve(source).normalize();
        if (!file.startsWith(root) || file.equals(root) || !Files.isRegularFile(file)) {
            throw new DocumentNotFound("the file '" + source + "'");
        }
        return file;
    }

    /** Writes {@code content} as a new file at the top of the corpus; returns its source path. */
    public String add(String originalName, InputStream content) {
        String name = safeName(originalName);
        Path target = root.resolve(name);
        if (Files.exists(target)) throw new DocumentAlreadyExists(name);
        // A dot-file is skipped by ingestion: the half-written upload is never ingested.
        Path partial = root.resolve(".upload-" + UUID.randomUUID());
        try {
            Files.createDirectories(root);
            Files.copy(content, partial);
            Files.move(partial, target);
            return name;
        } catch (FileAlreadyExistsException e) {
            throw new DocumentAlreadyExists(name);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + name + " to the corpus folder", e);
        } finally {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException ignored) {
                // a leftover dot-file is skipped by ingestion
            }
        }
    }

    public void delete(String source) {
        try {
            Files.deleteIfExists(resolve(source));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + source + " from the corpus folder", e);
        }
    }

    /** The media type a source is served as, and whether a browser shows it in place. */
    static String mediaType(String source) {
        return FORMATS.getOrDefault(extension(source), "application/octet-stream");
    }

    static boolean inline(String source) {
        return INLINE.contains(extension(source));
    }

    static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** The last segment of the name a browser sent, if it is a plain file name of a format we read. */
    static String safeName(String originalName) {
        if (originalName == null || originalName.isBlank()) throw new UnsupportedDocument("(no name)", "the file has no name");
        String name = originalName.substring(Math.max(originalName.lastIndexOf('/'), originalName.lastIndexOf('\\')) + 1);
        name = Normalizer.normalize(name, Normalizer.Form.NFC).strip();
        if (name.isEmpty() || name.startsWith(".") || name.length() > 150 || !name.matches("[\\p{L}\\p{N} ._()',+-]+")) {
            throw new UnsupportedDocument(originalName, "use a plain file name (letters, digits, spaces, . _ - ( ) ' , +)");
        }
        if (!FORMATS.containsKey(extension(name))) {
            throw new UnsupportedDocument(name, "only PDF, DOCX, ODT, HTML and TXT files are read");
        }
        return name;
    }
}
