package fr.paritaire.ingestion.authority;

import fr.paritaire.ingestion.AgreementLevel;
import fr.paritaire.ingestion.Authority;
import fr.paritaire.ingestion.DocumentMetadata;
import fr.paritaire.ingestion.Passage;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Sets the authority of a document and of its passages. A document's comes from, in this order: its sidecar file
 * {@code <file>.meta.properties} ({@code authority=}, {@code level=} for agreements, {@code date=} ISO, {@code title=}
 * when the one derived from the text is wrong), the overriding
 * word; its own declaration that it is a fictional example; the folder mapping of {@link AuthorityProperties};
 * {@code other}. A passage that is an article of a code or a regulation is {@code law} even inside a guide's annex,
 * except in fictional examples, whose every passage stays an example.
 */
public final class DocumentClassifier {

    public static final String SIDECAR_SUFFIX = ".meta.properties";
    private static final Set<String> KEYS = Set.of("authority", "level", "date", "title");
    /** The line under an article's number that says which code or text it belongs to ("du code du travail"). */
    private static final Pattern CODE_OR_REGULATION = Pattern.compile(
            "(?iu)\\b(?:code (?:du|de la|des|de l['’])|règlement (?:\\(UE\\)|européen|général)|RGPD|GDPR|AI Act|directive)\\b");

    private final AuthorityProperties properties;

    public DocumentClassifier(AuthorityProperties properties) {
        this.properties = properties;
    }

    /** Whether a corpus file is a sidecar (metadata about another file), never a document of its own. */
    public static boolean isSidecar(Path file) {
        return file.getFileName().toString().endsWith(SIDECAR_SUFFIX);
    }

    static Path sidecarOf(Path document) {
        return document.resolveSibling(document.getFileName() + SIDECAR_SUFFIX);
    }

    /** What changes the classification besides the code: the sidecar's content and the folder mapping. */
    public String fingerprint(Path document) {
        Path sidecar = sidecarOf(document);
        String folders = new java.util.TreeMap<>(properties.folders()).toString();
        try {
            byte[] content = Files.isRegularFile(sidecar) ? Files.readAllBytes(sidecar) : new byte[0];
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(content);
            digest.update(folders.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest()).substring(0, 12);
        } catch (IOException e) {
            throw new InvalidMetadata(sidecar, "unreadable (" + e.getMessage() + ")");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * @param source the document's path relative to the corpus ('/'-separated), for the folder mapping
     * @param declaredFictional the document says at its start that it is a fictional example
     */
    public DocumentMetadata classify(Path document, String source, boolean declaredFictional) {
        Path sidecar = sidecarOf(document);
        if (Files.isRegularFile(sidecar)) return read(sidecar, declaredFictional);
        if (declaredFictional) return new DocumentMetadata(Authority.EXAMPLE, null, null, "declared fictional");
        return folderOf(source).map(e -> new DocumentMetadata(e.getValue(), null, null, "folder " + e.getKey()))
                .orElse(DocumentMetadata.UNKNOWN);
    }

    /** The document's passages with their authority: the document's, or law for an article of a code. */
    public List<Passage> classify(List<Passage> passages, DocumentMetadata document) {
        return passages.stream().map(p -> {
            Authority authority = authorityOf(p, document.authority());
            boolean agreement = authority == Authority.AGREEMENT || authority == Authority.EXAMPLE;
            return p.classified(authority, agreement ? document.level() : null);
        }).toList();
    }

    static Authority authorityOf(Passage passage, Authority document) {
        if (document == Authority.EXAMPLE || document == Authority.LAW) return document;
        if (passage.isLegalArticle()) return Authority.LAW;
        if (passage.article() != null && document != Authority.AGREEMENT) {
            // "Article 22" of a regulation quoted by a guide: its heading names the text it comes from.
            String head = passage.text().substring(0, Math.min(160, passage.text().length()));
            if (CODE_OR_REGULATION.matcher(head).find()) return Authority.LAW;
        }
        return document;
    }

    private java.util.Optional<Map.Entry<String, Authority>> folderOf(String source) {
        return properties.folders().entrySet().stream()
                .filter(e -> source.startsWith(e.getKey().replaceAll("(^/+|/+$)", "") + "/"))
                .max(java.util.Comparator.comparingInt(e -> e.getKey().length()));
    }

    private static DocumentMetadata read(Path sidecar, boolean declaredFictional) {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(sidecar, StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (IOException | IllegalArgumentException e) {
            throw new InvalidMetadata(sidecar, "unreadable (" + e.getMessage() + ")");
        }
        for (String key : p.stringPropertyNames()) {
            if (!KEYS.contains(key)) throw new InvalidMetadata(sidecar, "unknown key '" + key + "' (known: authority, level, date, title)");
        }
        try {
            String declared = p.getProperty("authority");
            Authority authority = declared != null ? Authority.parse(declared)
                    : declaredFictional ? Authority.EXAMPLE : Authority.OTHER;
            AgreementLevel level = p.getProperty("level") == null ? null : AgreementLevel.parse(p.getProperty("level"));
            LocalDate date = p.getProperty("date") == null ? null : LocalDate.parse(p.getProperty("date").strip());
            String title = p.getProperty("title") == null || p.getProperty("title").isBlank() ? null : p.getProperty("title").strip();
            return new DocumentMetadata(authority, level, date, "sidecar", title);
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new InvalidMetadata(sidecar, e.getMessage());
        }
    }
}
