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
        @DefaultValue("0.7") double legalArticleShare) {
}
