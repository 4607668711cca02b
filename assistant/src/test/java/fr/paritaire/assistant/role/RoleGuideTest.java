package fr.paritaire.assistant.role;

import static org.assertj.core.api.Assertions.assertThat;

import fr.paritaire.assistant.answer.PromptTemplates;
import org.junit.jupiter.api.Test;

class RoleGuideTest {

    @Test
    void everyRoleHasALabelAndStarterQuestionsInFrenchAndEnglish() {
        RoleGuide guide = new RoleGuide(new PromptTemplates());
        assertThat(guide.roles()).extracting(RoleGuide.RoleCard::id).containsExactly("delegate", "employer", "trainer");
        for (RoleGuide.RoleCard card : guide.roles()) {
            assertThat(card.label()).containsKeys("fr", "en");
            assertThat(card.starters().get("fr")).hasSizeGreaterThanOrEqualTo(3).allSatisfy(q -> assertThat(q).matches(".{10,}[?.]"));
            assertThat(card.starters().get("en")).hasSameSizeAs(card.starters().get("fr"));
        }
        assertThat(guide.roles().get(0).label().get("fr")).isEqualTo("Délégué·e du personnel");
    }
}
