package fr.paritaire.assistant.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NormConflictsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Le CSE rend son avis dans un délai d'un mois.|days|30",
            "au moins quinze jours avant la réunion|days|15",
            "une durée maximale de trente jours|days|30",
            "moins de cinquante salariés|employees|50",
            "entreprises d'au moins 300 salariés|employees|300",
            "une formation d'une durée minimale de 7 heures|hours|7",
            "transmis au moins vingt et un jours avant|days|21",
            "within two months of the request|days|60"})
    void readsAmountsWrittenInDigitsOrWords(String text, String kind, double value) {
        assertThat(NormConflicts.amounts(text)).singleElement().satisfies(a -> {
            assertThat(a.kind()).isEqualTo(kind);
            assertThat(a.value()).isEqualTo(value);
        });
    }

    @Test
    void onlyNumbersOfTheSameKindAreCompared() {
        Map<Integer, String> clause = Map.of(1, "une formation de 7 heures pour les entreprises de moins de cinquante salariés");
        assertThat(NormConflicts.find(clause, Map.of(2, "un délai de quinze jours"))).isEmpty();
        assertThat(NormConflicts.find(clause, Map.of(2, "les entreprises d'au moins cinquante salariés"))).isEmpty();
        assertThat(NormConflicts.find(clause, Map.of(2, "les entreprises de moins de onze salariés"))).singleElement()
                .satisfies(c -> assertThat(c.inLaw().written()).isEqualTo("onze salariés"));
    }
}
