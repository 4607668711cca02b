package fr.paritaire.assistant.web;

import fr.paritaire.assistant.answer.InvalidQuestion;
import fr.paritaire.assistant.config.KnowledgeBaseNotReady;
import fr.paritaire.ingestion.store.EmbeddingModelMismatch;
import fr.paritaire.ingestion.store.IngestionAlreadyRunning;
import fr.paritaire.ingestion.store.KnowledgeBaseUnavailable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

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

    private static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return problem;
    }
}
