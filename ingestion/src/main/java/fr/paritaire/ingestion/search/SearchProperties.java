package fr.paritaire.ingestion.search;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Retrieval knobs.
 *
 * @param vectorK candidates taken from the vector side
 * @param lexicalK candidates taken from the lexical side
 * @param rrfK reciprocal-rank-fusion constant: larger flattens the difference between ranks
 * @param vectorWeight weight of the vector side in the fusion
 * @param lexicalWeight weight of the lexical side in the fusion
 * @param expansionWeight weight of glossary expansions relative to the question's own words
 * @param headingBoost weight of a match in a passage's title or section heading
 * @param articleBoost weight of a passage whose article the question names
 * @param legalBasisBonus bonus of a legal article when the question asks for a legal basis (1.0: the best fused score)
 * @param articleRequestBonus the same when the question asks outright which article applies ("sur quel article ?")
 * @param rerankDepth the best fused passages re-ranked by how much of the question they cover (0: off)
 * @param rerankWeight weight of that coverage (0..1) against the fused rank
 * @param rerankWindow sentences per window for that coverage: the passage's best window counts (0: the whole passage)
 * @param answerTypeBonus added to a window's coverage when it states the kind of fact the question asks for (a date,
 *        a number, a duration, an amount)
 * @param namedDocumentBoost bonus of the passages of a document the question names, "selon le guide LaborIA" (1.0: the
 *        best fused score)
 * @param namingTermWeight weight, in passage ranking, of the words that named a document (their job is done by the bonus)
 * @param namingLift how many times more often (per passage) a document must use a word of its name than the other
 *        documents do for the word to name it
 * @param enumerationNames how many parts of a sentence must hold a name for it to be an enumeration, which only cites
 *        them ("les fédérations de Croatie, de France, d'Autriche…"): a name the passages only cite does not answer what
 *        it says or provides, and a document that only cites a name does not speak of it (0: off)
 */
@ConfigurationProperties("paritaire.search")
public record SearchProperties(
        @DefaultValue("40") int vectorK,
        @DefaultValue("40") int lexicalK,
        @DefaultValue("20") int rrfK,
        @DefaultValue("0.3") double vectorWeight,
        @DefaultValue("1.0") double lexicalWeight,
        @DefaultValue("0.5") float expansionWeight,
        @DefaultValue("0.5") float headingBoost,
        @DefaultValue("20") float articleBoost,
        @DefaultValue("0.1") double legalBasisBonus,
        @DefaultValue("0.2") double articleRequestBonus,
        @DefaultValue("20") int rerankDepth,
        @DefaultValue("0.6") double rerankWeight,
        @DefaultValue("2") int rerankWindow,
        @DefaultValue("0.15") double answerTypeBonus,
        @DefaultValue("0.5") double namedDocumentBoost,
        @DefaultValue("0.2") float namingTermWeight,
        @DefaultValue("4") double namingLift,
        @DefaultValue("4") int enumerationNames) {

    public static SearchProperties defaults() {
        return new SearchProperties(40, 40, 20, 0.3, 1.0, 0.5f, 0.5f, 20f, 0.1, 0.2, 20, 0.6, 2, 0.15, 0.5, 0.2f, 4, 4);
    }
}
