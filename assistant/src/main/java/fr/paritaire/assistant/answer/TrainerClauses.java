package fr.paritaire.assistant.answer;

import fr.paritaire.ingestion.Authority;
import fr.paritaire.ingestion.Passage;
import fr.paritaire.ingestion.search.QuestionAnalysis;
import fr.paritaire.ingestion.search.SearchHit;
import fr.paritaire.ingestion.text.Sentences;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What a trainer is given: whole clauses (number, title and full text, never a heading alone), each from a different
 * agreement or sample agreement, best-ranked first, so they can be compared side by side; and, when a clause cites an
 * article of law that was retrieved, the sentence of that article that best answers the question.
 */
final class TrainerClauses {

    private final int max;
    private final double share;

    /**
     * @param max clauses, one per agreement
     * @param share a clause beyond the best one is given only if it answers the question at least this well (0..1)
     */
    TrainerClauses(int max, double share) {
        this.max = max;
        this.share = share;
    }

    /** The clauses to quote whole; empty when the retrieved passages hold no clause (the usual quotes then apply). */
    List<ExtractiveAnswerer.Candidate> choose(List<SearchHit> hits, QuestionAnalysis question) {
        List<SearchHit> clauses = hits.stream().filter(h -> isWholeClause(h.passage())).toList();
        if (clauses.isEmpty()) return List.of();
        double best = question.focus(clauses.getFirst().passage());
        List<ExtractiveAnswerer.Candidate> chosen = new ArrayList<>();
        Set<String> documents = new HashSet<>();
        for (SearchHit hit : clauses) {
            Passage p = hit.passage();
            if (documents.size() >= max) break;
            if (question.focus(p) < share * best || !documents.add(p.documentId())) continue;
            // The whole clause, one quote per block (its heading, then each paragraph): a quote never spans two blocks
            // of the source, so it stays verbatim in the file itself (an HTML heading and paragraph are two elements).
            for (String block : p.text().split("\n")) {
                if (!block.isBlank()) chosen.add(new ExtractiveAnswerer.Candidate(hit, block.strip(), 1.0 / hit.rank()));
            }
        }
        String clausesText = chosen.stream().map(c -> compact(c.sentence())).reduce("", (a, b) -> a + " " + b);
        hits.stream().filter(h -> h.passage().authority() == Authority.LAW && h.passage().article() != null
                        && clausesText.contains(h.passage().article()))
                .findFirst().flatMap(law -> bestSentence(law, question)).ifPresent(chosen::add);
        return chosen;
    }

    /** "l'article L. 2312-8" → "l'article L2312-8": article numbers as the passages carry them ("L2312-8"). */
    private static String compact(String text) {
        return text.replaceAll("(?<=[LRD])[.\\s]+(?=\\d)", "").replaceAll("\\s+", " ");
    }

    private static java.util.Optional<ExtractiveAnswerer.Candidate> bestSentence(SearchHit law, QuestionAnalysis question) {
        return Sentences.split(law.passage().text()).stream()
                .max(Comparator.comparingDouble(question::coverage))
                .map(s -> new ExtractiveAnswerer.Candidate(law, s, question.coverage(s)));
    }

    /** A numbered clause of an agreement with a body under its heading. */
    static boolean isWholeClause(Passage p) {
        boolean agreement = p.authority() == Authority.AGREEMENT || p.authority() == Authority.EXAMPLE;
        return agreement && p.article() != null && !p.isLegalArticle() && p.text().strip().contains("\n");
    }
}
