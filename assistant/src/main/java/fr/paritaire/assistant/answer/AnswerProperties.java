package fr.paritaire.assistant.answer;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How answers are built from retrieved passages.
 *
 * @param passages retrieved passages the answer may draw on (and cite)
 * @param maxQuotes quotes in an extractive answer
 * @param maxQuotesPerPassage quotes taken from one passage
 * @param minQuoteChars shorter sentences are not quoted on their own
 * @param closestSources sources named when the documents do not cover the question
 * @param citedArticles articles of law cited by retrieved passages that are added to them, so the law itself can be quoted
 * @param legalArticles when the question asks for a legal basis, how many articles of law the answer may quote
 * @param legalArticleShare an article beyond the best one is quoted only if it answers the question at least this well,
 *                          relative to the best (0..1)
 * @param trainerPassages passages retrieved for a trainer asking about clauses or agreements, so several agreements come up
 * @param trainerClauses whole clauses a trainer is given, one per agreement
 * @param trainerClauseShare a clause beyond the best one is given only if it answers the question at least this well,
 *                           relative to the best (0..1)
 * @param roleLawArticles for an employer or a delegate asking what the law requires or allows, this many of the best
 *                        articles of law are added to what was retrieved when none came up
 * @param roleFramingQuotes for a delegate or an employer, quotes added from the other retrieved passages for the points
 *                          they need that the chosen quotes do not support (consultation, an expert, deadlines, steps)
 * @param rolePointPassages for a delegate or an employer, passages of law, agreements and guides retrieved for the
 *                          points of their role on the question's topic, added to what was retrieved
 */
@ConfigurationProperties("paritaire.answer")
public record AnswerProperties(
        @DefaultValue("6") int passages,
        @DefaultValue("3") int maxQuotes,
        @DefaultValue("2") int maxQuotesPerPassage,
        @DefaultValue("25") int minQuoteChars,
        @DefaultValue("3") int closestSources,
        @DefaultValue("2") int citedArticles,
        @DefaultValue("2") int legalArticles,
        @DefaultValue("0.7") double legalArticleShare,
        @DefaultValue("10") int trainerPassages,
        @DefaultValue("3") int trainerClauses,
        @DefaultValue("0.6") double trainerClauseShare,
        @DefaultValue("2") int roleLawArticles,
        @DefaultValue("2") int roleFramingQuotes,
        @DefaultValue("3") int rolePointPassages) {
}
