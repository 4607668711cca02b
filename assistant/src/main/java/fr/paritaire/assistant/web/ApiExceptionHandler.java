package fr.paritaire.assistant.web;

import fr.paritaire.assistant.answer.InvalidQuestion;
import fr.paritaire.assistant.config.KnowledgeBaseNotReady;
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
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setTitle("Invalid request");
        return problem;
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "request body is not valid JSON of the expected shape");
        problem.setTitle("Invalid request");
        return problem;
    }

    @ExceptionHandler(KnowledgeBaseUnavailable.class)
    ProblemDetail unavailable(KnowledgeBaseUnavailable e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                "The knowledge base cannot be reached right now; try again in a moment.");
        problem.setTitle("Knowledge base unavailable");
        return problem;
    }

    @ExceptionHandler(KnowledgeBaseNotReady.class)
    ProblemDetail notReady(KnowledgeBaseNotReady e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage());
        problem.setTitle("Knowledge base not ready");
        return problem;
    }
}
