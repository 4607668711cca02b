package fr.paritaire.ingestion.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CitationsTest {

    final Citations citations = new Citations(4);

    @Test
    void anEnumerationIsASentenceWhosePartsHoldNames() {
        // The iMET study's list of the federations it consulted: eight countries, one part each.
        assertThat(Citations.namedParts("Ont été consultées les fédérations syndicales de Croatie, de France, "
                + "d'Autriche, d'Espagne, du Portugal, de Pologne, de Roumanie et de Serbie.")).isEqualTo(8);
        assertThat(Citations.namedParts("Les acteurs de la prévention : la DREETS, ANACT, CARSAT, INRS etc.")).isGreaterThanOrEqualTo(4);
        // A sentence that speaks of one or two names, with commas of its own, is not one; its opening capital names nothing.
        assertThat(Citations.namedParts("Le CSE central de la Mutuelle Ligérienne, réuni à Nantes, rend son avis dans un délai d'un mois.")).isEqualTo(2);
        assertThat(Citations.namedParts("Pour les entreprises de moins de 50 salariés, l'employeur informe les salariés.")).isZero();
    }

    @Test
    void aReferenceIsAnEntryWithAYearInBracketsAFullStopThenATitle() {
        // As stored: the normaliser has taken the markdown's asterisks out.
        assertThat(Citations.REFERENCE.matcher("Pesole, A.; Cetrulo, A. & Gillis, D. (2024). Digital technologies for worker "
                + "management: a comparative study of two automotive companies in Belgium and Italy. <https://doi.org/10.2802/5948291>").find()).isTrue();
        assertThat(Citations.REFERENCE.matcher("OECD (2024). Education at a Glance 2024. Paris, OECD, <https://doi.org/10.1787/c00cad36-en>").find()).isTrue();
        // A sentence citing a work in passing, or a party's year in prose, speaks of what it says.
        assertThat(Citations.REFERENCE.matcher("Le choix du modèle de gestion dépend de la taille de l'entreprise (Pesole et al., 2024).").find()).isFalse();
        assertThat(Citations.REFERENCE.matcher("Brunnerová et al. (2024) ont identifié plusieurs conventions en Italie.").find()).isFalse();
        assertThat(Citations.REFERENCE.matcher("Le Ceemet (2023) recommande un dialogue social renforcé, voir https://ceemet.org").find()).isFalse();
    }

    @Test
    void aSentenceThatSpeaksOfNamesIsNoList() {
        // Notes in brackets, quotations and the field's abbreviations do not make its clauses items of a list.
        assertThat(Citations.namedParts("Les employeurs lettons (RUB) présentent les opportunités de l'IA : « développer des "
                + "compétences hybrides » et « des modèles de formation », selon l'IA Act (Association des entrepreneurs de Lettonie, p. 1).")).isLessThan(4);
    }

    @Test
    void aTextSpeaksOfANameOnlyOutsideItsCitations() {
        String table = "France\tSchneider Electric, Alstom, Ferco, Renault Group, Axon\tAccord d'entreprise sur l'utilisation de l'IA.";
        assertThat(citations.speaksOf(table, Citations.wholeWord("Alstom"))).isFalse();
        assertThat(citations.speaksOf(table + "\nChez Alstom, l'accord prévoit une formation.", Citations.wholeWord("Alstom"))).isTrue();
        assertThat(citations.speaksOf("Le syndicat portugais Fiequimetal insiste sur le dialogue social.", Citations.wholeWord("fiequimetal"))).isTrue();
        // Accents and case aside, as chat writes names.
        assertThat(citations.speaksOf("L'outil Prévia prévoit les volumes.", Citations.wholeWord("previa"))).isTrue();
        // Off, nothing only cites.
        assertThat(new Citations(0).speaksOf(table, Citations.wholeWord("Alstom"))).isTrue();
    }
}
