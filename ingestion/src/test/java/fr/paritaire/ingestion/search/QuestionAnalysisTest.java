package fr.paritaire.ingestion.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuestionAnalysisTest {

    @Test
    void anEnumerationIsASentenceWhosePartsHoldNames() {
        // The iMET study's list of the federations it consulted: eight countries, one part each.
        assertThat(QuestionAnalysis.namedParts("Ont été consultées les fédérations syndicales de Croatie, de France, "
                + "d'Autriche, d'Espagne, du Portugal, de Pologne, de Roumanie et de Serbie.")).isEqualTo(8);
        assertThat(QuestionAnalysis.namedParts("Les acteurs de la prévention : la DREETS, ANACT, CARSAT, INRS etc.")).isGreaterThanOrEqualTo(4);
        // A sentence that speaks of one or two names, with commas of its own, is not one; its opening capital names nothing.
        assertThat(QuestionAnalysis.namedParts("Le CSE central de la Mutuelle Ligérienne, réuni à Nantes, rend son avis dans un délai d'un mois.")).isEqualTo(2);
        assertThat(QuestionAnalysis.namedParts("Pour les entreprises de moins de 50 salariés, l'employeur informe les salariés.")).isZero();
    }
}
