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
        assertThat(ExpectedAnswer.allIn("le nouveau logiciel de planning, il a coûté combien ?")).containsExactly(ExpectedAnswer.AMOUNT);
        // A time limit is a duration, not a time of day.
        assertThat(ExpectedAnswer.allIn("Within what time limit must the follow-up committee be set up?")).containsExactly(ExpectedAnswer.DURATION);
        assertThat(ExpectedAnswer.allIn("At what time are schedules published?")).containsExactly(ExpectedAnswer.DATE);
        assertThat(ExpectedAnswer.allIn("Combien ont coûté les deux outils ?")).contains(ExpectedAnswer.AMOUNT);
        assertThat(ExpectedAnswer.allIn("From what company size is an employer obliged to negotiate?")).contains(ExpectedAnswer.NUMBER);
        assertThat(ExpectedAnswer.allIn("C'est quoi l'adresse exacte du site internet du projet ?")).contains(ExpectedAnswer.ADDRESS);
        assertThat(ExpectedAnswer.allIn("Quel est le préavis de dénonciation de l'accord ?")).containsExactly(ExpectedAnswer.DURATION);
        assertThat(ExpectedAnswer.allIn("What is the euro cap on the expertise the company pays for?")).contains(ExpectedAnswer.AMOUNT);
        assertThat(ExpectedAnswer.allIn("Y a-t-il un préavis ?")).isEmpty();
        assertThat(ExpectedAnswer.allIn("Le CSE doit-il être consulté ?")).isEmpty();
    }

    @Test
    void anAddressIsStatedOnlyByAnAddress() {
        assertThat(ExpectedAnswer.ADDRESS.statedIn("Un site internet dédié sera mis en place.")).isFalse();
        assertThat(ExpectedAnswer.ADDRESS.statedIn("Les travaux sont publiés sur www.secoia-deal.eu chaque mois.")).isTrue();
        assertThat(ExpectedAnswer.ADDRESS.statedIn("Écrire à contact@exemple.fr pour participer.")).isTrue();
    }

    @Test
    void aFactAskedPreciselyIsAnsweredOnlyByThatPreciseFact() {
        String year = "Le premier comité de pilotage, c'était de quelle année ?";
        assertThat(ExpectedAnswer.allIn(year)).contains(ExpectedAnswer.DATE);
        assertThat(ExpectedAnswer.DATE.answers(year, "Ce mardi 13 avril s'est tenu le premier comité de pilotage.")).isFalse();
        assertThat(ExpectedAnswer.DATE.answers(year, "Le comité s'est réuni le 13 avril 2021.")).isTrue();

        // Working time in hours, calendar time in days to years.
        String hours = "Les membres de la commission ont droit à combien d'heures de délégation en plus ?";
        assertThat(ExpectedAnswer.DURATION.answers(hours, "Ils suivent une formation commune de deux jours.")).isFalse();
        assertThat(ExpectedAnswer.DURATION.answers(hours, "Ils disposent de dix heures de délégation supplémentaires.")).isTrue();
        String months = "Le parcours qualifiant s'étale sur combien de mois ?";
        assertThat(ExpectedAnswer.DURATION.answers(months, "Le parcours représente 150 à 300 heures de formation.")).isFalse();
        assertThat(ExpectedAnswer.DURATION.answers(months, "Il dure au plus douze mois.")).isTrue();
        assertThat(ExpectedAnswer.DURATION.answers("How many days does the CSE have?", "Le CSE dispose d'un mois.")).isTrue();
        assertThat(ExpectedAnswer.DURATION.answers("How many months are the data kept?", "Elles sont conservées un an.")).isTrue();
        assertThat(ExpectedAnswer.DURATION.answers(hours, "La réunion dure une demi-heure.")).isTrue();
        // a unit ending another word is no unit: "un chemin", "deux séjours"
        assertThat(ExpectedAnswer.DURATION.answers(hours, "Il existe un chemin de formation.")).isFalse();
        assertThat(ExpectedAnswer.DURATION.answers(months, "Le salarié a fait deux séjours à l'étranger.")).isFalse();

        String day = "Les discussions à l'OIT démarrent quel jour exactement ?";
        // "quel jour" asks a date by itself, as "which month" does
        assertThat(ExpectedAnswer.allIn(day)).contains(ExpectedAnswer.DATE);
        assertThat(ExpectedAnswer.allIn("Which month does the pilot end?")).contains(ExpectedAnswer.DATE);
        assertThat(ExpectedAnswer.allIn("What day-to-day tasks does the tool change?")).doesNotContain(ExpectedAnswer.DATE);
        assertThat(ExpectedAnswer.DATE.answers(day, "Les discussions débuteront en juin 2025.")).isFalse();
        assertThat(ExpectedAnswer.DATE.answers(day, "Les discussions débuteront le 2 juin 2025.")).isTrue();
        assertThat(ExpectedAnswer.DATE.answers("Depuis quand ?", "Depuis juin 2025.")).isTrue();

        String share = "What percentage of managers feared job cuts?";
        assertThat(ExpectedAnswer.NUMBER.answers(share, "250 dirigeants ont été interrogés.")).isFalse();
        assertThat(ExpectedAnswer.NUMBER.answers(share, "81 % citent la réduction des erreurs.")).isTrue();
        assertThat(ExpectedAnswer.NUMBER.answers(share, "Deux tiers des entreprises l'utilisent.")).isTrue();

        String part = "Quelle part du financement du projet est prise en charge par l'ANACT ?";
        assertThat(ExpectedAnswer.allIn(part)).contains(ExpectedAnswer.NUMBER);
        assertThat(ExpectedAnswer.NUMBER.answers(part, "L'ANACT finance le projet depuis 2023.")).isFalse();
        assertThat(ExpectedAnswer.NUMBER.answers(part, "L'ANACT en prend en charge 40 %.")).isTrue();
        assertThat(ExpectedAnswer.DATE.answers("On what dates was the summit held?", "The 2025 summit was held in France.")).isFalse();
        assertThat(ExpectedAnswer.allIn("What is the maximum hourly amount the OPCO covers?")).contains(ExpectedAnswer.AMOUNT);
        assertThat(ExpectedAnswer.allIn("Quel est le montant de la prime ?")).contains(ExpectedAnswer.AMOUNT);

        String size = "À partir de quel effectif la négociation est-elle obligatoire ?";
        assertThat(ExpectedAnswer.NUMBER.answers(size, "Voir l'article L. 2242-20 du code.")).isFalse();
        assertThat(ExpectedAnswer.NUMBER.answers(size, "Dans les entreprises d'au moins trois cents salariés, elle porte sur…")).isTrue();

        String often = "À quelle fréquence le document est-il mis à jour ?";
        assertThat(ExpectedAnswer.DURATION.answers(often, "Les actions sont intégrées au programme annuel de prévention.")).isFalse();
        assertThat(ExpectedAnswer.DURATION.answers(often, "Le document est mis à jour au moins une fois par an.")).isTrue();
        assertThat(ExpectedAnswer.DURATION.answers("How often can a manager look at it?", "jamais plus d'une fois par mois")).isTrue();
    }

    @Test
    void aFigureIsOneThatCountsSomething() {
        assertThat(ExpectedAnswer.NUMBER.statedIn("Il emploie 3 100 salariés, dont 2 600 conseillers.")).isTrue();
        assertThat(ExpectedAnswer.NUMBER.statedIn("Elle compte un siège, trois centres de gestion et quarante agences.")).isTrue();
        // Addresses, postcodes, links, years, amounts and article numbers count nothing.
        assertThat(ExpectedAnswer.NUMBER.statedIn("Le siège social est situé 45 avenue de la Libération, 59000 Lille.")).isFalse();
        assertThat(ExpectedAnswer.NUMBER.statedIn("https://www.exemple.fr/wp-content/uploads/2025/03/jeu.pdf")).isFalse();
        assertThat(ExpectedAnswer.NUMBER.statedIn("L'accord-cadre de 2020 (Voos et Bertossa, 2022) le rappelle.")).isFalse();
        assertThat(ExpectedAnswer.NUMBER.statedIn("La société, au capital de 4 500 000 euros, est représentée par son directeur.")).isFalse();
        assertThat(ExpectedAnswer.NUMBER.statedIn("Voir l'article 14 et l'article L. 2312-8, p. 12.")).isFalse();
        assertThat(ExpectedAnswer.NUMBER.statedIn("Un récent projet coordonné par le Ceemet.")).isFalse();
        // A year-like or five-digit number before what it counts is a figure; a number glued to a word is not.
        assertThat(ExpectedAnswer.NUMBER.statedIn("L'entreprise emploie 2000 salariés.")).isTrue();
        assertThat(ExpectedAnswer.NUMBER.statedIn("Le groupe compte 12500 salariés.")).isTrue();
        assertThat(ExpectedAnswer.countedByFigures("La crise du COVID-19 a touché les intérimaires.")).isEmpty();
        assertThat(ExpectedAnswer.countedByFigures("Intérimaires\t260\tConducteurs\t210")).contains("Intérimaires", "Conducteurs");
        assertThat(ExpectedAnswer.countedByFigures("Les intérimaires : 260.")).contains("Les intérimaires");
        assertThat(ExpectedAnswer.allIn("Jusqu'à combien de jours de télétravail par semaine ?")).doesNotContain(ExpectedAnswer.AMOUNT);
        assertThat(ExpectedAnswer.allIn("L'OPCO prend en charge jusqu'à combien de l'heure ?")).contains(ExpectedAnswer.AMOUNT);
        // "10 décideurs sur 6 à 9 mois" is a period, not a share; "deux salariés sur trois" is one.
        String share = "Quel pourcentage de dirigeants citent la baisse des coûts ?";
        assertThat(ExpectedAnswer.NUMBER.answers(share, "Une étude a suivi 10 décideurs sur 6 à 9 mois.")).isFalse();
        assertThat(ExpectedAnswer.NUMBER.answers(share, "Deux salariés sur trois utilisent l'outil.")).isTrue();
        // What a count question counts, and what each figure of a sentence counts.
        assertThat(ExpectedAnswer.countedIn("Berthelot emploie combien d'intérimaires ?")).isEqualTo("intérimaires");
        assertThat(ExpectedAnswer.countedIn("How many negotiation meetings were held?")).isEqualTo("negotiation meetings");
        assertThat(ExpectedAnswer.countedIn("Ils sont combien de personnes ?")).isNull();
        assertThat(ExpectedAnswer.countedIn("Quel pourcentage de dirigeants ?")).isNull();
        assertThat(ExpectedAnswer.countedByFigures("Il emploie 3 100 salariés, dont 2 600 conseillers, sur sept centres."))
                .anyMatch(after -> after.startsWith("conseillers")).anyMatch(after -> after.startsWith("centres"));
        assertThat(ExpectedAnswer.countedByFigures("Le projet vise à regrouper une soixantaine de membres."))
                .anyMatch(after -> after.startsWith("membres"));
        assertThat(ExpectedAnswer.countedByFigures("Le siège est situé 45 avenue de la Libération, 59000 Lille.")).isEmpty();
        // Time slots asked are times of day.
        assertThat(ExpectedAnswer.allIn("C'est quoi les plages horaires de déconnexion ?")).contains(ExpectedAnswer.DATE);
        assertThat(ExpectedAnswer.allIn("Between which hours are e-mails forbidden?")).contains(ExpectedAnswer.DATE);
    }

    @Test
    void durationsAndDeadlinesWrittenInWordsAreFacts() {
        assertThat(ExpectedAnswer.DURATION.statedIn("Les données sont conservées pendant quarante-cinq jours au plus.")).isTrue();
        assertThat(ExpectedAnswer.DURATION.statedIn("Kept for forty-five days.")).isTrue();
        assertThat(ExpectedAnswer.DURATION.statedIn("Les données sont anonymisées.")).isFalse();
        assertThat(ExpectedAnswer.DATE.statedIn("La publication intervient au plus tard le jeudi à 17 heures.")).isTrue();
        assertThat(ExpectedAnswer.DATE.statedIn("Une formation de 17 heures est prévue.")).isFalse();
    }

    @Test
    void theGlossarySaysWhichWordsAreInstitutionsPlacesOrCommonNouns() {
        Glossary glossary = Glossary.bundled();
        assertThat(glossary.conceptsIn("Combien de temps peut durer la période d'essai ?")).containsExactly("période d'essai");
        assertThat(glossary.conceptsIn("Do I get paid overtime or sick pay?")).containsExactlyInAnyOrder("heures supplémentaires", "arrêt maladie");
        assertThat(glossary.conceptsIn("Quelle indemnité en cas de licenciement économique lié à l'IA ?")).contains("licenciement économique");
        assertThat(glossary.conceptsIn("Can the company put us on short-time work while the AI is installed?")).containsExactly("activité partielle");
        assertThat(glossary.conceptsIn("Le CSE doit-il être consulté sur l'outil ?")).isEmpty();
        List<Glossary.Match> matches = glossary.matches("Mon chef m'envoie des SMS ; l'OPCO paie ; en Autriche", true);
        assertThat(matches).filteredOn(Glossary.Match::common).extracting(Glossary.Match::found).contains("SMS", "OPCO");
        assertThat(matches).filteredOn(Glossary.Match::place).extracting(Glossary.Match::found).contains("Autriche");
        // The English lexicon reads English questions, never French ones.
        assertThat(glossary.expansions("How often can a manager look at an employee's productivity indicator?", true))
                .contains("productivité");
        assertThat(glossary.expansions("Le report de la réunion du comité est-il possible ?", true)).doesNotContain("rapport", "bilan");
        assertThat(glossary.expansions("Can the committee postpone the report?", true)).contains("rapport");
    }

    @Test
    void aPlainWhenIsAnsweredByADateATimeOrHowOften() {
        String when = "La commission paritaire, elle se réunit quand ?";
        assertThat(ExpectedAnswer.DATE.answers(when, "La commission se réunit deux fois par an, au premier et au troisième trimestre.")).isTrue();
        assertThat(ExpectedAnswer.DATE.answers(when, "La commission est présidée alternativement par un représentant de chaque collège.")).isFalse();
        // A date in the past, or since when, is not answered by how often.
        assertThat(ExpectedAnswer.DATE.answers("Quand l'accord a-t-il été signé ?", "La commission se réunit deux fois par an.")).isFalse();
        assertThat(ExpectedAnswer.DATE.answers("Depuis quand le télétravail est-il possible ?", "Deux jours de télétravail par semaine.")).isFalse();
        assertThat(ExpectedAnswer.DATE.answers("When was the agreement signed?", "The committee meets twice a year.")).isFalse();
        // A day asked is not answered by how often.
        assertThat(ExpectedAnswer.DATE.answers("Quel jour la commission se réunit-elle ?", "La commission se réunit deux fois par an.")).isFalse();
    }
}
