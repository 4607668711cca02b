package fr.paritaire.ingestion.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What kind of fact a question asks, and whether a sentence states one; the glossary's kinds of words. */
class ExpectedAnswerTest {

    @Test
    void costsSizesVendorsAndAddressesAreTyped() {
        assertThat(ExpectedAnswer.allIn("Chez Solvéa, c'est quel éditeur qui fournit l'outil, et ça coûte combien au groupe ?"))
                .contains(ExpectedAnswer.AMOUNT, ExpectedAnswer.NAME);
        assertThat(ExpectedAnswer.allIn("From what company size is an employer obliged to negotiate?")).contains(ExpectedAnswer.NUMBER);
        assertThat(ExpectedAnswer.allIn("C'est quoi l'adresse exacte du site internet du projet ?")).contains(ExpectedAnswer.ADDRESS);
        assertThat(ExpectedAnswer.allIn("Le CSE doit-il être consulté ?")).isEmpty();
    }

    @Test
    void anAddressIsStatedOnlyByAnAddress() {
        assertThat(ExpectedAnswer.ADDRESS.statedIn("Un site internet dédié sera mis en place.")).isFalse();
        assertThat(ExpectedAnswer.ADDRESS.statedIn("Les travaux sont publiés sur www.secoia-deal.eu chaque mois.")).isTrue();
        assertThat(ExpectedAnswer.ADDRESS.statedIn("Écrire à contact@exemple.fr pour participer.")).isTrue();
    }

    @Test
    void theGlossarySaysWhichWordsAreInstitutionsPlacesOrCommonNouns() {
        Glossary glossary = Glossary.bundled();
        assertThat(glossary.conceptsIn("Combien de temps peut durer la période d'essai ?")).containsExactly("période d'essai");
        assertThat(glossary.conceptsIn("Do I get paid overtime or sick pay?")).containsExactlyInAnyOrder("heures supplémentaires", "arrêt maladie");
        assertThat(glossary.conceptsIn("Le CSE doit-il être consulté sur l'outil ?")).isEmpty();
        List<Glossary.Match> matches = glossary.matches("Mon chef m'envoie des SMS ; l'OPCO paie ; en Autriche", true);
        assertThat(matches).filteredOn(Glossary.Match::common).extracting(Glossary.Match::found).contains("SMS", "OPCO");
        assertThat(matches).filteredOn(Glossary.Match::place).extracting(Glossary.Match::found).contains("Autriche");
    }
}
