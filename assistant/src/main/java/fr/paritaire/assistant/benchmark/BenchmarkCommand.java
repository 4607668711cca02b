package fr.paritaire.assistant.benchmark;

import fr.paritaire.assistant.answer.Answer;
import fr.paritaire.assistant.answer.Citation;
import fr.paritaire.assistant.ask.AnsweringService;
import fr.paritaire.assistant.ask.AskRequest;
import fr.paritaire.assistant.decide.Answerability;
import fr.paritaire.assistant.decide.Decision;
import fr.paritaire.assistant.decide.Evidence;
import fr.paritaire.assistant.config.ParitaireProperties;
import fr.paritaire.ingestion.Passage;
import fr.paritaire.ingestion.evaluation.EvalItem;
import fr.paritaire.ingestion.evaluation.EvidenceMatch;
import fr.paritaire.ingestion.evaluation.RetrievalMetrics;
import fr.paritaire.ingestion.evaluation.SourceText;
import fr.paritaire.ingestion.extract.TextExtractor;
import fr.paritaire.ingestion.job.IngestionJob;
import fr.paritaire.ingestion.job.IngestionListener;
import fr.paritaire.ingestion.job.IngestionReport;
import fr.paritaire.ingestion.search.QuestionAnalysis;
import fr.paritaire.ingestion.search.Retrieval;
import fr.paritaire.ingestion.search.Retriever;
import fr.paritaire.ingestion.search.SearchHit;
import fr.paritaire.ingestion.search.SearchMode;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * {@code paritaire.jar benchmark <questions.jsonl>... [--no-baseline] [--answers-only] [--verbose]}: brings the
 * knowledge base up to date, then, for each question set, prints Recall@5, Recall@10, MRR@10 and search latency for
 * the naive baseline, vector-only, lexical-only and hybrid retrieval, English questions separately, and answer figures
 * (refusals, false refusals, partial answers, verbatim quotes, ask latency); with several sets, the answer figures of
 * all of them together last.
 */
@Component
public class BenchmarkCommand {

    private final Retriever search;
    private final Answerability answerability;
    private final AnsweringService answering;
    private final IngestionJob job;
    private final TextExtractor extractor;
    private final ParitaireProperties properties;
    private final PrintStream out = System.out;

    public BenchmarkCommand(Retriever search, Answerability answerability, AnsweringService answering, IngestionJob job, TextExtractor extractor,
                            ParitaireProperties properties) {
        this.search = search;
        this.answerability = answerability;
        this.answering = answering;
        this.job = job;
        this.extractor = extractor;
        this.properties = properties;
    }

    public int run(String[] args) {
        List<String> files = Stream.of(args).filter(a -> !a.startsWith("--")).toList();
        List<String> flags = Stream.of(args).filter(a -> a.startsWith("--")).toList();
        if (files.isEmpty()) {
            System.err.println("usage: paritaire.jar benchmark <questions.jsonl>... [--no-baseline] [--answers-only] [--verbose]");
            return 2;
        }
        IngestionReport ingest = job.run(properties.corpusFolder(), IngestionListener.NONE);
        out.printf("Knowledge base: %s%n", ingest.summary());
        Map<String, String> corpus = corpusText();
        List<EvalItem> all = new ArrayList<>();
        for (String file : files) {
            List<EvalItem> items = EvalItem.load(Path.of(file));
            all.addAll(items);
            out.printf("%nQuestion set: %s (%d items, %d answerable)%n%n", file, items.size(),
                    items.stream().filter(EvalItem::answerable).count());
            if (!flags.contains("--answers-only")) retrieval(items, !flags.contains("--no-baseline"));
            answerHeader();
            answers(file, items, corpus);
            if (flags.contains("--verbose")) details(items);
            if (flags.contains("--decisions")) decisions(items);
            if (flags.contains("--features")) features(items);
        }
        if (files.size() > 1) {
            out.printf("%nAll %d sets together (%d items)%n%n", files.size(), all.size());
            answerHeader();
            answers("all", all, corpus);
        }
        return 0;
    }

    private void retrieval(List<EvalItem> items, boolean baselineToo) {
        // Latencies are steady-state figures, as a running server sees them: one untimed pass warms the JIT and caches.
        for (EvalItem item : items) {
            for (SearchMode mode : SearchMode.values()) search.search(item.question(), 10, mode);
        }
        out.println("| retrieval | R@5 | R@10 | MRR@10 | R@5 (EN) | search p50 ms | search p95 ms |");
        out.println("|---|---|---|---|---|---|---|");
        if (baselineToo) {
            long t0 = System.nanoTime();
            NaiveBaseline baseline = new NaiveBaseline(properties.corpusFolder(), extractor);
            double seconds = (System.nanoTime() - t0) / 1e9;
            row("naive baseline (MiniLM, 300-token recursive, vector top-5)", items, q -> baseline.search(q, 10));
            out.printf("(baseline index: %d segments built in %.1f s)%n", baseline.segments(), seconds);
        }
        for (SearchMode mode : List.of(SearchMode.VECTOR, SearchMode.LEXICAL, SearchMode.HYBRID)) {
            row(mode.name().toLowerCase(), items, q -> texts(search.search(q, 10, mode)));
        }
        // As answers retrieve: the sample agreements also come when the question names one ("chez Solvéa", "l'accord
        // de branche mécanique de précision"), which plain search leaves to questions asking for examples.
        row("hybrid, as answered", items, q -> texts(search.retrieve(q, new Retriever.Request(10, null, 0, 0)).hits()));
        out.println();
    }

    private void row(String name, List<EvalItem> items, Function<String, List<String>> retrieve) {
        RetrievalMetrics all = RetrievalMetrics.measure(items, retrieve);
        RetrievalMetrics english = RetrievalMetrics.measure(items.stream().filter(i -> "en".equals(i.lang())).toList(), retrieve);
        out.printf("| %s | %.3f | %.3f | %.3f | %.3f | %.1f | %.1f |%n", name, all.recallAt5(), all.recallAt10(),
                all.mrrAt10(), english.recallAt5(), all.p50Millis(), all.p95Millis());
        if (!all.misses().isEmpty()) out.println("  misses@10: " + String.join(" ", all.misses()));
    }

    private static List<String> texts(List<SearchHit> hits) {
        return hits.stream().map(SearchHit::passage).map(Passage::text).toList();
    }

    private void answerHeader() {
        out.println("| answers | refusal rate (unanswerable) | false-refusal rate | partial | quotes verbatim | answer keyword coverage | ask p50 ms | ask p95 ms |");
        out.println("|---|---|---|---|---|---|---|---|");
    }

    private void answers(String name, List<EvalItem> items, Map<String, String> corpus) {
        for (EvalItem item : items) answering.ask(new AskRequest(item.question(), item.role(), null)); // warm-up
        int unanswerable = 0, refused = 0, answerable = 0, falseRefusals = 0, partial = 0, quotes = 0, verbatim = 0;
        int keywords = 0, keywordHits = 0;
        List<Double> latencies = new ArrayList<>();
        List<String> wrong = new ArrayList<>();
        for (EvalItem item : items) {
            long t0 = System.nanoTime();
            Answer answer = answering.ask(new AskRequest(item.question(), item.role(), null)).answer();
            latencies.add((System.nanoTime() - t0) / 1e6);
            if (answer.decision().verdict() == Decision.Verdict.PARTIAL) partial++;
            if (item.answerable()) {
                answerable++;
                if (!answer.grounded()) {
                    falseRefusals++;
                    wrong.add(item.id() + " (refused: " + answer.decision().reason() + ")");
                }
                String text = EvidenceMatch.normalize(answer.answer());
                for (String k : item.answer_keywords()) {
                    keywords++;
                    if (text.contains(EvidenceMatch.normalize(k))) keywordHits++;
                }
            } else {
                unanswerable++;
                if (!answer.grounded()) refused++;
                else wrong.add(item.id() + " (answered)");
            }
            for (Citation c : answer.citations()) {
                quotes++;
                String source = corpus.getOrDefault(c.source(), "");
                if (source.contains(EvidenceMatch.normalize(c.quote()))) verbatim++;
                else wrong.add(item.id() + " (quote not verbatim in " + c.source() + ": " + c.quote() + ")");
            }
        }
        out.printf("| %s | %.3f (%d/%d) | %.3f (%d/%d) | %d | %.3f (%d/%d) | %.3f | %.1f | %.1f |%n", name,
                ratio(refused, unanswerable), refused, unanswerable, ratio(falseRefusals, answerable), falseRefusals, answerable,
                partial, ratio(verbatim, quotes), verbatim, quotes, ratio(keywordHits, keywords),
                RetrievalMetrics.percentile(latencies, 50), RetrievalMetrics.percentile(latencies, 95));
        if (!wrong.isEmpty()) out.println("  wrong: " + String.join(" ", wrong));
    }

    private Map<String, String> corpusText() {
        Map<String, String> texts = new HashMap<>();
        Path corpus = properties.corpusFolder();
        try (Stream<Path> files = Files.walk(corpus)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String source = corpus.relativize(f).toString().replace('\\', '/');
                try {
                    texts.put(source, EvidenceMatch.normalize(SourceText.of(f, extractor)));
                } catch (IOException | UncheckedIOException | fr.paritaire.ingestion.extract.ExtractionFailed e) {
                    texts.put(source, "");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return texts;
    }

    /** Per question: its analysis, the gold passage's rank on each side, the decision and the answer's first lines. */
    private void details(List<EvalItem> items) {
        for (EvalItem item : items) {
            QuestionAnalysis q = search.analyze(item.question());
            out.printf("%n%s [%s] %s%n  terms: %s names: %s facts: %s%n", item.id(), item.answerable() ? "answerable" : "UNANSWERABLE",
                    item.question(), q.keyTerms().stream().map(t -> t.word() + "(" + t.passages() + ")").toList(),
                    q.namedDocuments(), q.expectedAnswers());
            Retrieval retrieval = search.retrieve(q, Retriever.Request.ranked(10, null));
            for (SearchHit h : retrieval.hits().subList(0, Math.min(5, retrieval.hits().size()))) {
                boolean gold = EvidenceMatch.holds(h.passage().text(), item.evidence());
                out.printf("  %s%d %s%s v%d l%d sim=%.3f score=%.3f focus=%.2f%n", gold ? "*" : " ", h.rank(), h.passage().id(),
                        h.passage().article() == null ? "" : " [" + h.passage().article() + "]", h.vectorRank(), h.lexicalRank(),
                        h.vectorSimilarity(), h.score(), q.focus(h.passage()));
            }
            Answer a = answering.ask(new AskRequest(item.question(), item.role(), null)).answer();
            out.printf("  grounded=%s %s (%s) %s%n", a.grounded(), a.decision().verdict(), a.decision().reason(),
                    a.answer().replace("\n", " ⏎ ").substring(0, Math.min(300, a.answer().length())));
        }
    }

    /** Per question, one line: expected and actual decision, its reason, and the words no document uses. */
    private void decisions(List<EvalItem> items) {
        for (EvalItem item : items) {
            QuestionAnalysis q = search.analyze(item.question());
            Answer a = answering.ask(new AskRequest(item.question(), item.role(), null)).answer();
            boolean ok = item.answerable() == a.grounded();
            out.printf("%s %s %-8s %s | unknown: %s | %s%n", ok ? "  " : "XX", item.id(), a.decision().verdict(),
                    a.decision().reason(), q.keyTerms().stream().filter(t -> t.passages() == 0).map(t -> t.word()).toList(),
                    item.question());
        }
    }

    /** Per question, the answerability signals as CSV: id, answerable (the label), then the features. */
    private void features(List<EvalItem> items) {
        out.println("id,answerable," + Evidence.FEATURE_NAMES);
        for (EvalItem item : items) {
            Retrieval retrieval = search.retrieve(item.question(), new Retriever.Request(6, null, 6, 2));
            double[] f = answerability.evidence(retrieval).features();
            StringBuilder line = new StringBuilder(item.id()).append(',').append(item.answerable() ? 1 : 0);
            for (double v : f) line.append(',').append(String.format(java.util.Locale.ROOT, "%.4f", v));
            out.println(line);
        }
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 0 : (double) a / b;
    }
}
