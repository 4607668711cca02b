package fr.paritaire.assistant.web;

import fr.paritaire.assistant.answer.InvalidQuestion;
import fr.paritaire.assistant.config.KnowledgeBaseNotReady;
import fr.paritaire.ingestion.store.EmbeddingModelMismatch;
import fr.paritaire.ingestion.store.IngestionAlreadyRunning;
import fr.paritaire.ingestion.store.KnowledgeBaseUnavailable;
import fr.paritaire.assistant.documents.DocumentAlreadyExists;
import fr.paritaire.assistant.documents.DocumentNotFound;
import fr.paritaire.assistant.documents.DocumentRejected;
import fr.paritaire.assistant.documents.UnsupportedDocument;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/** Maps named failures to HTTP once, as RFC 9457 problem details a user can read. */
@RestControllerAdvice
class ApiExceptionHandler {

    @ExceptionHandler(InvalidQuestion.class)
    ProblemDetail invalid(InvalidQuestion e) {
        return problem(HttpStatus.BAD_REQUEST, "Invalid request", e.getMessage());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException e) {
        return problem(HttpStatus.BAD_REQUEST, "Invalid request", "request body is not valid JSON of the expected shape");
    }

    @ExceptionHandler(KnowledgeBaseUnavailable.class)
    ProblemDetail unavailable(KnowledgeBaseUnavailable e) {
        return problem(HttpStatus.SERVICE_UNAVAILABLE, "Knowledge base unavailable",
                "The knowledge base cannot be reached right now; try again in a moment.");
    }

    @ExceptionHandler(KnowledgeBaseNotReady.class)
    ProblemDetail notReady(KnowledgeBaseNotReady e) {
        return problem(HttpStatus.SERVICE_UNAVAILABLE, "Knowledge base not ready", e.getMessage());
    }

    @ExceptionHandler(IngestionAlreadyRunning.class)
    ProblemDetail ingestionRunning(IngestionAlreadyRunning e) {
        return problem(HttpStatus.CONFLICT, "Ingestion already running", e.getMessage());
    }

    @ExceptionHandler(EmbeddingModelMismatch.class)
    ProblemDetail modelMismatch(EmbeddingModelMismatch e) {
        return problem(HttpStatus.SERVICE_UNAVAILABLE, "Knowledge base built with another embedding model", e.getMessage());
    }

    @ExceptionHandler(DocumentNotFound.class)
    ProblemDetail notFound(DocumentNotFound e) {
        return problem(HttpStatus.NOT_FOUND, "Not found", e.getMessage());
    }

    @ExceptionHandler(UnsupportedDocument.class)
    ProblemDetail unsupported(UnsupportedDocument e) {
        return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Document not accepted", e.getMessage());
    }

    @ExceptionHandler(DocumentAlreadyExists.class)
    ProblemDetail exists(DocumentAlreadyExists e) {
        return problem(HttpStatus.CONFLICT, "Document already there", e.getMessage());
    }

    @ExceptionHandler(DocumentRejected.class)
    ProblemDetail rejected(DocumentRejected e) {
        return problem(HttpStatus.UNPROCESSABLE_CONTENT, "Document not readable", e.getMessage());
    }

    @ExceptionHandler(LocalRequests.NotLocal.class)
    ProblemDetail notLocal(LocalRequests.NotLocal e) {
        return problem(HttpStatus.FORBIDDEN, "Not allowed from here", e.getMessage());
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ProblemDetail tooLarge(MaxUploadSizeExceededException e) {
        return problem(HttpStatus.CONTENT_TOO_LARGE, "Document too large",
                "the file is larger than the upload limit (spring.servlet.multipart.max-file-size)");
    }

    private static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return problem;
    }
}
