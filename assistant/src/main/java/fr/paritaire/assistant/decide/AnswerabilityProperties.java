package fr.paritaire.assistant.decide;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When the retrieved passages are taken to answer a question.
 *
 * @param passages how many of the best passages are read as evidence
 * @param evidenceFloor how closely (0..1) the best passage's best sentences must answer the question
 * @param factSentenceFloor for a question asking a precise fact, how much (0..1) of the clause that asks for it — or of
 *                          the whole question, whichever is more — a sentence stating such a fact must cover, read with
 *                          the sentences around it and its section heading; only words the knowledge base uses count
 * @param nameNearPlace for a name asked of a country or nationality ("la fédération autrichienne"), how many characters
 *                      at most between the name a sentence states and its mention of that country
 * @param countedFactFloor for a question counting a thing ("combien d'intérimaires ?"), the same floor for a sentence whose
 *                         figure counts that very thing ("260 conducteurs-livreurs"): what it counts already says it is
 *                         about the question, so less of the rest must be there
 * @param ownSentenceFloor for a question asking a precise fact, how much (0..1) of the same clause or whole question the
 *                         sentence stating it must cover by itself (a figure standing alone, with the label after it):
 *                         read with its neighbours, a sentence may look about the question when only the sentence before
 *                         it is ("En Pologne, un projet de loi…" then "En 2023, le Ceemet…" does not date the Polish bill)
 * @param englishSimilarityFloor for an English question, how similar (cosine, 0..1) by meaning the closest of the
 *                               passages read as evidence must be, else it is about something the documents do not
 *                               discuss (the embedding model is English: its similarities between French texts say little)
 */
@ConfigurationProperties("paritaire.answerability")
public record AnswerabilityProperties(
        @DefaultValue("5") int passages,
        @DefaultValue("0.05") double evidenceFloor,
        @DefaultValue("0.35") double factSentenceFloor,
        @DefaultValue("30") int nameNearPlace,
        @DefaultValue("0.5") double englishSimilarityFloor,
        @DefaultValue("0.2") double countedFactFloor,
        @DefaultValue("0.15") double ownSentenceFloor) {
}
