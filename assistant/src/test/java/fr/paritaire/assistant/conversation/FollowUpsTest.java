package fr.paritaire.assistant.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class FollowUpsTest {

    private final ConversationProperties properties = new ConversationProperties(3, 2, Duration.ofMinutes(30), 5);
    private final FollowUps followUps = new FollowUps(properties);

    private static List<Conversations.Turn> after(String question) {
        return List.of(new Conversations.Turn(question, question, "…"));
    }

    @Test
    void aFollowUpCarriesTheTopicOfThePreviousQuestion() {
        String standalone = followUps.standalone("et pour une entreprise de 30 salariés ?",
                after("Le CSE doit-il être consulté avant l'introduction d'un outil d'IA ?"));
        assertThat(standalone).isEqualTo("Le CSE doit-il être consulté avant l'introduction d'un outil d'IA — et pour une entreprise de 30 salariés ?");
    }

    @Test
    void aFollowUpNamingSomethingNewDropsTheNamesOfThePreviousQuestion() {
        String standalone = followUps.standalone("and in Germany?", after("What did unions in Croatia say about AI?"));
        assertThat(standalone).contains("unions").contains("AI").contains("Germany").doesNotContain("Croatia");
    }

    @Test
    void aCapitalOpeningTheFollowUpIsNoNameAndTheEarlierTopicIsKeptWhole() {
        String standalone = followUps.standalone("Et quel article du code du travail le prévoit ?",
                after("Le CSE doit-il être consulté avant l'introduction d'un outil d'IA ?"));
        assertThat(standalone).startsWith("Le CSE doit-il être consulté avant l'introduction d'un outil d'IA — ");
    }

    @Test
    void aQuestionThatStandsOnItsOwnIsLeftAsItIs() {
        String question = "Quelles obligations de formation pèsent sur l'employeur quand il introduit un outil d'IA ?";
        assertThat(followUps.standalone(question, after("Le CSE doit-il être consulté ?"))).isEqualTo(question);
        assertThat(followUps.standalone("et pour 30 salariés ?", List.of())).isEqualTo("et pour 30 salariés ?");
    }

    @Test
    void conversationsAreBoundedInTurnsAndCountAndForgottenWhenIdle() {
        Instant[] now = {Instant.parse("2026-12-01T10:00:00Z")};
        Clock clock = new Clock() {
            @Override public ZoneOffset getZone() { return ZoneOffset.UTC; }
            @Override public Clock withZone(java.time.ZoneId zone) { return this; }
            @Override public Instant instant() { return now[0]; }
        };
        Conversations conversations = new Conversations(properties, clock);
        for (int i = 1; i <= 5; i++) conversations.record("a", new Conversations.Turn("q" + i, "q" + i, "r" + i));
        assertThat(conversations.history("a")).extracting(Conversations.Turn::question).containsExactly("q3", "q4", "q5");
        conversations.record("b", new Conversations.Turn("q", "q", "r"));
        conversations.record("c", new Conversations.Turn("q", "q", "r"));
        assertThat(conversations.size()).isEqualTo(2);
        assertThat(conversations.history("a")).as("least recently used, dropped").isEmpty();
        now[0] = now[0].plus(Duration.ofMinutes(31));
        assertThat(conversations.history("c")).as("idle too long").isEmpty();
    }
}
