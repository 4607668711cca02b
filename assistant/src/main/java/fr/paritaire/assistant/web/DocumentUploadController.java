package fr.paritaire.assistant.web;

import fr.paritaire.assistant.documents.DocumentCatalog;
import fr.paritaire.assistant.documents.DocumentUploads;
import fr.paritaire.assistant.documents.UnsupportedDocument;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** {@code POST /api/documents}: adds a document (multipart field {@code file}) and ingests it; local requests only. */
@RestController
@RequestMapping("/api/documents")
class DocumentUploadController {

    private final DocumentUploads uploads;

    DocumentUploadController(DocumentUploads uploads) {
        this.uploads = uploads;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    DocumentCatalog.DocumentSummary add(@RequestParam(name = "file", required = false) MultipartFile file,
                                        HttpServletRequest request) {
        if (!LocalRequests.isLocal(request)) throw new LocalRequests.NotLocal("Adding a document");
        if (file == null || file.isEmpty()) throw new UnsupportedDocument("(nothing)", "no file was sent, or it is empty");
        try (InputStream content = file.getInputStream()) {
            return uploads.add(file.getOriginalFilename(), content);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the uploaded file", e);
        }
    }
}
