package fr.paritaire.assistant.web;

import fr.paritaire.ingestion.job.IngestionJob;
import fr.paritaire.ingestion.job.IngestionReport;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** What the last ingestion run did, file by file: status, reason, chunks, duration. */
@RestController
@RequestMapping("/api/admin")
class AdminController {

    private final IngestionJob job;

    AdminController(IngestionJob job) {
        this.job = job;
    }

    @GetMapping("/ingestion")
    ResponseEntity<IngestionReport> lastIngestion() {
        IngestionReport report = job.lastReport();
        return report == null ? ResponseEntity.status(HttpStatus.NO_CONTENT).build() : ResponseEntity.ok(report);
    }
}
