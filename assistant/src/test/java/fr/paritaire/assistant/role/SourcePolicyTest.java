package fr.paritaire.assistant.role;

import static org.assertj.core.api.Assertions.assertThat;

import fr.paritaire.assistant.answer.AnswerProperties;
import fr.paritaire.assistant.answer.Role;
import fr.paritaire.ingestion.search.Retriever;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class SourcePolicyTest {

    final AnswerProperties properties = new AnswerProperties(6, 3, 2, 25, 3, 2, 2, 0.7, 10, 3, 0.6, 2, 2, 3);
    final SourcePolicy policy = new SourcePolicy(properties, new fr.paritaire.assistant.answer.PromptTemplates());

    @ParameterizedTest
    @ValueSource(strings = {"Quelle entreprise réelle a signé un accord sur l'IA ?", "Citez de vrais accords d'entreprise sur l'IA",
            "Quelles entreprises ont signé un accord sur l'IA ?", "Which companies signed an AI agreement?",
            "Are there real agreements on AI at work?", "Quels accords existants encadrent l'IA ?",
            "Il existe un accord entre une plateforme et un syndicat sur l'IA : qui l'a signé ?", "Who signed the platform agreement on AI?"})
    void questionsAboutRealCompaniesNeverGetFictionalAgreementsWhoeverAsks(String question) {
        assertThat(SourcePolicy.asksAboutRealWorld(question)).isTrue();
        for (Role role : Role.values()) assertThat(policy.request(question, role).examples()).as("%s", role).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Donne-moi des exemples de clauses sur la surveillance en temps réel.",
            "Give me sample clauses on real-time monitoring.", "Le CSE doit-il être consulté ?"})
    void otherQuestionsAreNotAboutTheRealWorld(String question) {
        assertThat(SourcePolicy.asksAboutRealWorld(question)).isFalse();
    }

    @Test
    void aTrainerAskingAboutClausesIsOfferedTheSampleAgreementsWithMorePassages() {
        Retriever.Request trainer = policy.request("Quelles clauses encadrent la formation aux outils d'IA ?", Role.TRAINER);
        assertThat(trainer.examples()).isTrue();
        assertThat(trainer.passages()).isEqualTo(10);
        Retriever.Request delegate = policy.request("Quelles clauses encadrent la formation aux outils d'IA ?", Role.DELEGATE);
        assertThat(delegate.examples()).isNull();
        assertThat(policy.request("Selon l'étude iMET, que veulent les syndicats ?", Role.TRAINER).examples()).isNull();
    }
}
