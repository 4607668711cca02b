package fr.paritaire.assistant.cli;

import fr.paritaire.assistant.config.ParitaireProperties;
import fr.paritaire.ingestion.job.FileOutcome;
import fr.paritaire.ingestion.job.IngestionJob;
import fr.paritaire.ingestion.job.IngestionListener;
import fr.paritaire.ingestion.job.IngestionReport;
import fr.paritaire.ingestion.store.KnowledgeBase;
import java.io.PrintStream;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Runs ingestion once and prints per-file progress and a final report. Exit code 0 when the run completed, even if
 * some files failed (they are listed with their reason); non-zero only when the run itself could not happen.
 */
@Component
public class IngestCommand {

    private final IngestionJob job;
    private final KnowledgeBase knowledgeBase;
    private final ParitaireProperties properties;
    private final PrintStream out = System.out;

    public IngestCommand(IngestionJob job, ParitaireProperties properties, KnowledgeBase knowledgeBase) {
        this.knowledgeBase = knowledgeBase;
        this.job = job;
        this.properties = properties;
    }

    public int run(String[] args) {
        boolean reindex = List.of(args).contains("--reindex");
        out.printf("Paritaire ingestion of %s into %s%s%n", properties.corpusFolder().toAbsolutePath().normalize(),
                knowledgeBase.describe(), reindex ? " (re-index: everything is embedded again)" : "");
        IngestionListener progress = (done, total, outcome) -> out.println(line(done, total, outcome));
        IngestionReport report = reindex ? job.reindex(properties.corpusFolder(), progress) : job.run(properties.corpusFolder(), progress);
        out.println();
        out.println(report.summary());
        report.files().stream().filter(f -> f.status() == FileOutcome.Status.FAILED)
                .forEach(f -> out.println("  failed: " + f.source() + " — " + f.reason()));
        return 0;
    }

    static String line(int done, int total, FileOutcome outcome) {
        int width = 20;
        int filled = total == 0 ? width : Math.round((float) done / total * width);
        String bar = "█".repeat(filled) + "░".repeat(width - filled);
        String detail = switch (outcome.status()) {
            case INGESTED -> outcome.chunks() + " chunks, " + String.format("%.1f s", outcome.millis() / 1000.0);
            case UNCHANGED -> "unchanged";
            default -> outcome.reason();
        };
        return String.format("[%s] %3d/%d %-9s %s — %s", bar, done, total, outcome.status().name().toLowerCase(),
                outcome.source(), detail);
    }
}
