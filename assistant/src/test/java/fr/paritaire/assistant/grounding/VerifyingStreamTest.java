package fr.paritaire.assistant.grounding;

import static org.assertj.core.api.Assertions.assertThat;

import fr.paritaire.assistant.answer.Citation;
import fr.paritaire.assistant.answer.Draft;
import fr.paritaire.assistant.answer.PromptTemplates;
import fr.paritaire.ingestion.Passage;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A chat model's answer arriving a few characters at a time: what is handed on, and when. */
class VerifyingStreamTest {

    static final List<Passage> RETRIEVED = List.of(SentenceVerifierTest.LAW, SentenceVerifierTest.STUDY);
    static final List<Draft.Source> GIVEN = List.of(new Draft.Source(1, "p-study"), new Draft.Source(2, "p-law"));
    static final String ANSWER = "Le comité social et économique est consulté sur l'introduction de nouvelles technologies [2]. "
            + "Il dispose de 3 mois pour rendre son avis [1]. L'étude de l'iMET porte sur 35 entreprises [1][9].\n\n"
            + "- Le CSE rend son avis dans un délai d'un mois [1].";

    final List<String> handedOn = new ArrayList<>();

    @Test
    void onlySentencesThatHoldAreHandedOnEachOnceCompleteRenumberedInOrderOfUse() {
        VerifyingStream stream = new VerificationGate(false, new PromptTemplates()).stream(RETRIEVED, "fr", handedOn::add);
        stream.sources(GIVEN);
        List<Integer> handedOnAfter = new ArrayList<>();
        for (int i = 0; i < ANSWER.length(); i += 7) {
            stream.text(ANSWER.substring(i, Math.min(ANSWER.length(), i + 7)));
            handedOnAfter.add(handedOn.size());
        }
        // The first sentence is handed on once the second has begun, before the text has ended.
        assertThat(handedOnAfter.get(handedOnAfter.size() / 2)).isEqualTo(1);
        Verified verified = stream.finish(Draft.written(ANSWER, GIVEN, "generative"));

        assertThat(handedOn).containsExactly(
                "Le comité social et économique est consulté sur l'introduction de nouvelles technologies [1].",
                "\n\n- Le CSE rend son avis dans un délai d'un mois [2].");
        assertThat(verified.text()).isEqualTo(String.join("", handedOn));
        assertThat(verified.citations()).extracting(Citation::n, Citation::passageId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, "p-law"), org.assertj.core.groups.Tuple.tuple(2, "p-study"));
        assertThat(verified.citations().get(1).quote())
                .isEqualTo("Le comité social et économique dispose d'un délai d'un mois pour rendre son avis.");
        assertThat(verified.report().sentences()).isEqualTo(4);
        assertThat(verified.report().verified()).isEqualTo(2);
        assertThat(verified.report().dropped()).isEqualTo(2);
        assertThat(verified.report().invalidCitations()).isEqualTo(1);
    }

    @Test
    void theWholeTextVerifiedAtOnceGivesTheSameAnswer() {
        VerifyingStream streamed = new VerificationGate(false, new PromptTemplates()).stream(RETRIEVED, "fr", handedOn::add);
        streamed.sources(GIVEN);
        for (char c : ANSWER.toCharArray()) streamed.text(String.valueOf(c));
        Verified one = streamed.finish(Draft.written(ANSWER, GIVEN, "generative"));
        Verified whole = new VerificationGate(false, new PromptTemplates()).verify(Draft.written(ANSWER, GIVEN, "generative"), RETRIEVED, "fr");
        assertThat(whole).isEqualTo(one);
    }

    @Test
    void whenConfiguredAFailedSentenceIsShownMarkedWithoutItsMarkers() {
        VerifyingStream stream = new VerificationGate(true, new PromptTemplates()).stream(RETRIEVED, "fr", handedOn::add);
        Verified verified = stream.finish(Draft.written(ANSWER, GIVEN, "generative"));
        assertThat(handedOn).contains(" Il dispose de 3 mois pour rendre son avis. [non vérifié]");
        Verified declined = new VerificationGate(true, new PromptTemplates()).stream(RETRIEVED, "fr", handedOn::add)
                .finish(Draft.written("Les documents fournis ne couvrent pas cette question.", GIVEN, "generative"));
        assertThat(declined.text()).isEmpty(); // citing nothing, it is not shown even marked
        assertThat(verified.citations()).hasSize(2);
        assertThat(verified.report().dropped()).isEqualTo(2);
    }

    @Test
    void anUnfinishedSentenceIsNeverJudgedWhenTheStreamStops() {
        VerifyingStream stream = new VerificationGate(false, new PromptTemplates()).stream(RETRIEVED, "fr", handedOn::add);
        stream.sources(GIVEN);
        stream.text("Le CSE rend son avis dans un délai d'un mois [1]. Il est consulté sur l'introduction de nouvelles tech");
        Verified shown = stream.shown();
        assertThat(handedOn).containsExactly("Le CSE rend son avis dans un délai d'un mois [1].");
        assertThat(shown.text()).isEqualTo(handedOn.getFirst());
        assertThat(shown.citations()).hasSize(1);
    }

    @Test
    void aFallbackContinuesWhatWasShownWithItsOwnCitationsNumberedAfter() {
        VerifyingStream stream = new VerificationGate(false, new PromptTemplates()).stream(RETRIEVED, "fr", handedOn::add);
        stream.sources(GIVEN);
        stream.text("Le CSE rend son avis dans un délai d'un mois [1]. Il");
        Verified quotes = new VerificationGate(false, new PromptTemplates()).verify(new Draft("Voici :\n– « Le comité est informé "
                + "et consulté sur les questions intéressant l'organisation, la gestion et la marche générale de l'entreprise, "
                + "notamment sur: » [1]", List.of(new Draft.Quote(1, "p-law", "Le comité est informé et consulté sur les questions "
                + "intéressant l'organisation, la gestion et la marche générale de l'entreprise, notamment sur:")), "extractive"), RETRIEVED);
        Verified whole = stream.shown().followedBy("(repli)", quotes);
        assertThat(whole.text()).startsWith(handedOn.getFirst() + "\n\n(repli)\n\nVoici :").endsWith("[2]");
        assertThat(whole.citations()).extracting(Citation::n).containsExactly(1, 2);
    }
}
