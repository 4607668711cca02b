package fr.paritaire.ingestion.search;

import fr.paritaire.ingestion.text.FrenchAnalyzer;
import fr.paritaire.ingestion.Passage;
import fr.paritaire.ingestion.SearchText;
import fr.paritaire.ingestion.text.Sentences;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How closely a passage answers a question: the question coverage of its best window of consecutive sentences (read
 * with its section and article). The answer to a question usually sits in a sentence or two that use its words
 * together, not spread over a long passage. An item of a list is read with the sentence that introduces the list ("Le
 * comité est informé et consulté … notamment sur :" … "4° L'introduction de nouvelles technologies"). When the question
 * asks for a precise fact (a date, a number…), a window stating one scores {@code answerTypeBonus} more.
 *
 * <p>Passages are analysed once and kept (the most recently used ones) for the next questions.
 */
public final class PassageFocus {

    private static final int CAPACITY = 4096;

    /** A passage's heading and sentences, as text and as analysed terms; for each sentence, the list it belongs to. */
    private record Analysed(List<String> heading, List<String> sentences, List<List<String>> terms, int[] leadIn) {
    }

    private final FrenchAnalyzer analyzer;
    private final int window;
    private final double answerTypeBonus;
    private final Map<String, Analysed> cache = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Analysed> eldest) {
            return size() > CAPACITY;
        }
    };

    /** @param window sentences per window; 0 reads the whole passage */
    public PassageFocus(FrenchAnalyzer analyzer, int window, double answerTypeBonus) {
        this.analyzer = analyzer;
        this.window = window;
        this.answerTypeBonus = answerTypeBonus;
    }

    /** The best window's coverage of the question, plus the bonus when it states the {@code expected} kind of fact. */
    public double of(QuestionCoverage coverage, ExpectedAnswer expected, Passage passage) {
        if (window <= 0) return coverage.coverage(passage.evidenceText());
        Analysed analysed = analysed(passage);
        double best = 0;
        int n = analysed.sentences().size();
        // Whether each sentence states the fact asked, read once per sentence rather than once per window holding it.
        boolean[] stated = new boolean[n];
        for (int i = 0; expected != null && i < n; i++) stated[i] = expected.statedIn(analysed.sentences().get(i));
        for (int i = 0; i < Math.max(1, n - window + 1); i++) {
            int end = Math.min(n, i + window);
            List<List<String>> terms = new ArrayList<>(analysed.terms().subList(i, end));
            int leadIn = n == 0 ? -1 : analysed.leadIn()[i];
            if (leadIn >= 0) terms.add(analysed.terms().get(leadIn));
            double score = coverage.covered(analysed.heading(), terms);
            for (int j = i; j < end; j++) {
                if (stated[j]) {
                    score += answerTypeBonus;
                    break;
                }
            }
            best = Math.max(best, score);
        }
        return best;
    }

    private Analysed analysed(Passage passage) {
        // The id alone is not enough: a re-ingested document keeps its passage ids with new text.
        String key = passage.id() + ':' + passage.text().hashCode();
        synchronized (cache) {
            Analysed cached = cache.get(key);
            if (cached != null) return cached;
        }
        List<String> sentences = Sentences.split(SearchText.of(passage.text()));
        Analysed analysed = new Analysed(analyzer.terms(passage.sectionAndArticle()), sentences,
                sentences.stream().map(analyzer::terms).toList(), Sentences.listOpenings(sentences));
        synchronized (cache) {
            cache.put(key, analysed);
        }
        return analysed;
    }
}
