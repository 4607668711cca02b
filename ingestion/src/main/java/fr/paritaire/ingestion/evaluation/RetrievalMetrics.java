package fr.paritaire.ingestion.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Recall@5, Recall@10, MRR@10 and latency of a retrieval function over the answerable items of a question set. */
public record RetrievalMetrics(int answerable, double recallAt5, double recallAt10, double mrrAt10,
                               double p50Millis, double p95Millis, List<String> misses) {

    public static RetrievalMetrics measure(List<EvalItem> items, Function<String, List<String>> retrieve) {
        int n = 0;
        int r5 = 0;
        int r10 = 0;
        double rr = 0;
        List<Double> latencies = new ArrayList<>();
        List<String> misses = new ArrayList<>();
        for (EvalItem item : items) {
            if (!item.answerable()) continue;
            n++;
            long t0 = System.nanoTime();
            List<String> texts = retrieve.apply(item.question());
            latencies.add((System.nanoTime() - t0) / 1e6);
            int rank = 0;
            for (int i = 0; i < Math.min(10, texts.size()); i++) {
                if (EvidenceMatch.holds(texts.get(i), item.evidence())) {
                    rank = i + 1;
                    break;
                }
            }
            if (rank > 0) {
                r10++;
                rr += 1.0 / rank;
                if (rank <= 5) r5++;
            } else {
                misses.add(item.id());
            }
        }
        return new RetrievalMetrics(n, ratio(r5, n), ratio(r10, n), n == 0 ? 0 : rr / n,
                percentile(latencies, 50), percentile(latencies, 95), misses);
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 0 : (double) a / b;
    }

    public static double percentile(List<Double> values, double p) {
        if (values.isEmpty()) return Double.NaN;
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(Double::compare);
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.round(p / 100 * (sorted.size() - 1))));
    }
}
