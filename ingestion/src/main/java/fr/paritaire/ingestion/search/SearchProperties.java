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
 * @param finalK passages returned when the caller does not say
 * @param expansionWeight weight of glossary expansions relative to the question's own words
 * @param headingBoost weight of a match in a passage's title or section heading
 * @param articleBoost weight of a passage whose article the question names
 * @param legalBasisBonus fused-score bonus of a legal article when the question asks for a legal basis
 * @param rerankDepth the best fused passages re-ranked by how much of the question they cover (0: off)
 * @param rerankWeight weight of that coverage (0..1) against the fused rank
 */
@ConfigurationProperties("paritaire.search")
public record SearchProperties(
        @DefaultValue("40") int vectorK,
        @DefaultValue("40") int lexicalK,
        @DefaultValue("20") int rrfK,
        @DefaultValue("0.3") double vectorWeight,
        @DefaultValue("1.0") double lexicalWeight,
        @DefaultValue("10") int finalK,
        @DefaultValue("0.5") float expansionWeight,
        @DefaultValue("0.5") float headingBoost,
        @DefaultValue("20") float articleBoost,
        @DefaultValue("0.01") double legalBasisBonus,
        @DefaultValue("0") int rerankDepth,
        @DefaultValue("0.5") double rerankWeight) {

    public static SearchProperties defaults() {
        return new SearchProperties(40, 40, 20, 0.3, 1.0, 10, 0.5f, 0.5f, 20f, 0.01, 0, 0.5);
    }
}
