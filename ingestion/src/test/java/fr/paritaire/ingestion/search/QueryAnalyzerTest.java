package fr.paritaire.ingestion.search;

import fr.paritaire.ingestion.store.LexicalQuery;
import fr.paritaire.ingestion.text.FrenchAnalyzer;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What the lexical side makes of a question: legal references, intents, glossary expansions by language. */
class QueryAnalyzerTest {

    final QueryAnalyzer analyzer = new QueryAnalyzer(new FrenchAnalyzer(), Glossary.bundled(), 0.5f);

    @ParameterizedTest
    @ValueSource(strings = {"Que dit l'article L2312-8 ?", "article L. 2312-8", "l'art. L.2312-8 du code", "(L 2312-8)"})
    void labourCodeReferencesAreNormalised(String question) {
        assertThat(analyzer.analyze(question).articles()).containsExactly("L2312-8");
    }

    @Test
    void obligationQuestionsAskForALegalBasisOthersDoNot() {
        assertThat(analyzer.analyze("Le CSE doit-il être consulté ?").asksLegalBasis()).isTrue();
        assertThat(analyzer.analyze("Est-ce obligatoire de former les salariés ?").asksLegalBasis()).isTrue();
        assertThat(analyzer.analyze("Must the employer consult the works council?").asksLegalBasis()).isTrue();
        assertThat(analyzer.analyze("Qui pilote le projet SeCoIA Deal ?").asksLegalBasis()).isFalse();
    }

    @Test
    void frenchQuestionsAreExpandedWithFrenchEquivalentsOnly() {
        List<String> terms = analyzer.analyze("Le CSE doit-il être consulté ?").terms().stream().map(LexicalQuery.WeightedTerm::analyzed).toList();
        assertThat(terms).contains("cse", "comit", "econom").doesNotContain("work", "council");
        List<String> english = analyzer.analyze("Must the works council be consulted?").terms().stream()
                .map(LexicalQuery.WeightedTerm::analyzed).toList();
        assertThat(english).contains("cse", "comit");
    }

    @Test
    void wordsOfChatAreNotWhatAQuestionAsks() {
        assertThat(analyzer.contentWords("DIALIA c'est coordonné par quel organisme déjà ? Merci").values())
                .contains("DIALIA", "coordonné", "organisme").doesNotContain("déjà", "Merci");
        assertThat(analyzer.contentWords("What exactly does the agreement say, please?").values()).doesNotContain("exactly", "please");
        // Chat as written, not by its stem: "exactement" is chat, "le montant exact" is what is asked.
        assertThat(analyzer.contentWords("Quel est le montant exact de la prime ?").values()).contains("exact");
    }

    @Test
    void expansionsWeighLessThanTheQuestionsOwnWords() {
        LexicalQuery query = analyzer.analyze("Le CSE doit-il être consulté ?");
        assertThat(query.terms()).filteredOn(t -> t.analyzed().equals("cse")).singleElement().extracting(LexicalQuery.WeightedTerm::weight).isEqualTo(1f);
        assertThat(query.terms()).filteredOn(t -> t.analyzed().equals("comit")).singleElement().extracting(LexicalQuery.WeightedTerm::weight).isEqualTo(0.5f);
    }

    @Test
    void askingForExamplesIsRecognised() {
        assertThat(analyzer.asksForExamples("Un exemple de clause sur la déconnexion ?")).isTrue();
        assertThat(analyzer.asksForExamples("Give me a sample agreement on AI")).isTrue();
        assertThat(analyzer.asksForExamples("Le CSE doit-il être consulté ?")).isFalse();
        // A way of speaking, not a request: the sample agreements stay out.
        assertThat(analyzer.asksForExamples("Quand la direction met à jour le document unique, par exemple après un outil d'IA, le CSE est-il consulté ?")).isFalse();
        assertThat(analyzer.asksForExamples("Must we, for example, consult the works council?")).isFalse();
        assertThat(analyzer.asksForExamples("Je cherche des exemples de clauses, par exemple sur la déconnexion")).isTrue();
    }

    @Test
    void askingWhatSomeoneSaysOrProvidesIsRecognised() {
        assertThat(analyzer.asksStance("Qu'a recommandé la CIDA dans le projet SeCoIA ?")).isTrue();
        assertThat(analyzer.asksStance("Que prévoit l'accord Berthelot sur la géolocalisation ?")).isTrue();
        assertThat(analyzer.asksStance("What did the Spanish employers say about algorithmic management?")).isTrue();
        assertThat(analyzer.asksStance("What position did the Croatian federation take?")).isTrue();
        assertThat(analyzer.asksStance("What guidance does the Swedish managers' organisation give its members?")).isTrue();
        assertThat(analyzer.asksStance("Que demande la CGT pour les salariés ?")).isTrue();
        // An adviser is not advice, a committee no commitment, a request for leave no demand, "c'est-à-dire" no saying.
        assertThat(analyzer.asksStance("Combien de conseillers travaillent dans chaque centre ?")).isFalse();
        assertThat(analyzer.asksStance("Who sits on the joint follow-up committee?")).isFalse();
        assertThat(analyzer.asksStance("Une demande de congé, c'est-à-dire une absence, à propos de la formation ?")).isFalse();
        // Which names a list holds, or a fact, is not what someone says.
        assertThat(analyzer.asksStance("Quelles organisations italiennes participent au projet SeCoIA Deal ?")).isFalse();
        assertThat(analyzer.asksStance("Combien de temps les enregistrements sont-ils conservés ?")).isFalse();
        // A word that only begins like one ("crédit", "pension") is not.
        assertThat(analyzer.asksStance("Le crédit d'heures et la pension sont-ils concernés ?")).isFalse();
    }
}
