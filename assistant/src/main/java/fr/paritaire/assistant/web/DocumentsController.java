package fr.paritaire.assistant.web;

import fr.paritaire.assistant.answer.InvalidQuestion;
import fr.paritaire.assistant.documents.DocumentCatalog;
import fr.paritaire.assistant.documents.DocumentsProperties;
import java.nio.charset.StandardCharsets;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Read-only views of the knowledge base for the chat's source viewer and documents page: the documents and the last
 * ingestion, passages in the context of their document, and each original file.
 */
@RestController
@RequestMapping("/api/documents")
class DocumentsController {

    private final DocumentCatalog catalog;
    private final DocumentsProperties properties;

    DocumentsController(DocumentCatalog catalog, DocumentsProperties properties) {
        this.catalog = catalog;
        this.properties = properties;
    }

    @GetMapping
    DocumentCatalog.Catalog documents() {
        return catalog.catalog();
    }

    /** {@code around}: a passage id; then only the passages within {@code radius} of it, else the whole document. */
    @GetMapping("/{id}/passages")
    DocumentCatalog.PassageContext passages(@PathVariable String id, @RequestParam(required = false) String around,
                                            @RequestParam(required = false) Integer radius) {
        int r = radius == null ? properties.contextPassages() : radius;
        if (r < 0 || r > properties.maxContextPassages()) {
            throw new InvalidQuestion("radius must be between 0 and " + properties.maxContextPassages() + " (got " + r + ")");
        }
        return catalog.context(id, around == null || around.isBlank() ? null : around, r);
    }

    /**
     * The original file, as stored in the corpus folder. HTML is served sandboxed (no script, no same-origin access):
     * an added document must not run in the chat's origin.
     */
    @GetMapping("/{id}/file")
    ResponseEntity<Resource> file(@PathVariable String id) {
        DocumentCatalog.OriginalFile file = catalog.file(id);
        ContentDisposition disposition = (file.inline() ? ContentDisposition.inline() : ContentDisposition.attachment())
                .filename(file.fileName(), StandardCharsets.UTF_8).build();
        MediaType type = MediaType.parseMediaType(file.mediaType());
        ResponseEntity.BodyBuilder response = ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .header("X-Content-Type-Options", "nosniff");
        // Only for HTML: a sandboxed PDF would not open in the browser's viewer.
        if (type.isCompatibleWith(MediaType.TEXT_HTML)) response.header("Content-Security-Policy", "sandbox");
        return response.body(new FileSystemResource(file.path()));
    }
}
