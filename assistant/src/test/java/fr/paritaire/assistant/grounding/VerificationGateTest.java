package fr.paritaire.assistant.grounding;

import static org.assertj.core.api.Assertions.assertThat;

import fr.paritaire.assistant.answer.Draft;
import fr.paritaire.ingestion.Passage;
import java.util.List;
import org.junit.jupiter.api.Test;

class VerificationGateTest {

    private final VerificationGate gate = new VerificationGate();

    private static final Passage L2312_8 = new Passage("laboria#12", "laboria", "Guide LaborIA", "laboria.txt", "Annexe",
            "L2312-8", 41, 12, 0, 100, "Le comité est informé et consulté sur les questions intéressant l'organisation. "
            + "4° L'introduction de nouvelles technologies.", false);
    private static final Passage CGT = new Passage("cgt#3", "cgt", "Contribution CGT", "cgt.txt", "Revendications",
            null, null, 3, 0, 100, "La CGT demande un droit de veto des représentants du personnel.", false);

    @Test
    void aValidCitationIsKeptAndFilledFromThePassageNotFromTheAnswerer() {
        Verified v = gate.verify(new Draft("Le CSE est consulté : « 4° L'introduction de nouvelles technologies. » [1]",
                List.of(new Draft.Quote(1, "laboria#12", "4° L'introduction de nouvelles technologies.")), "test"), List.of(L2312_8));
        assertThat(v.rejections()).isEmpty();
        assertThat(v.citations()).singleElement().satisfies(c -> {
            assertThat(c.title()).isEqualTo("Guide LaborIA");
            assertThat(c.article()).isEqualTo("L2312-8");
            assertThat(c.page()).isEqualTo(41);
            assertThat(c.source()).isEqualTo("laboria.txt");
        });
        assertThat(v.report().dropped()).isZero();
    }

    @Test
    void aCitationOfAPassageThatWasNotRetrievedIsRemovedWithItsSentence() {
        Verified v = gate.verify(new Draft("- « La CGT demande un droit de veto des représentants du personnel. » [1]\n"
                + "- « Le comité est informé et consulté sur les questions intéressant l'organisation. » [2]",
                List.of(new Draft.Quote(1, "cgt#3", "La CGT demande un droit de veto des représentants du personnel."),
                        new Draft.Quote(2, "laboria#12", "Le comité est informé et consulté sur les questions intéressant l'organisation.")),
                "test"), List.of(L2312_8));
        assertThat(v.rejections()).extracting(Rejection::kind).contains(Rejection.Kind.NOT_RETRIEVED, Rejection.Kind.DANGLING_MARKER);
        assertThat(v.text()).doesNotContain("veto").contains("[1]").doesNotContain("[2]");
        assertThat(v.citations()).singleElement().satisfies(c -> assertThat(c.passageId()).isEqualTo("laboria#12"));
        assertThat(v.report().invalidCitations()).isEqualTo(1);
    }

    @Test
    void aQuoteThatIsNotVerbatimIsRemoved() {
        Verified v = gate.verify(new Draft("Le comité doit donner son accord. [1]",
                List.of(new Draft.Quote(1, "laboria#12", "Le comité doit donner son accord.")), "test"), List.of(L2312_8));
        assertThat(v.rejections()).extracting(Rejection::kind).contains(Rejection.Kind.NOT_VERBATIM);
        assertThat(v.isEmpty()).isTrue();
        assertThat(v.text()).doesNotContain("accord");
    }

    @Test
    void anEmptyQuoteIsRemoved() {
        Verified v = gate.verify(new Draft("Voir [1].", List.of(new Draft.Quote(1, "laboria#12", " ")), "test"), List.of(L2312_8));
        assertThat(v.rejections()).extracting(Rejection::kind).contains(Rejection.Kind.EMPTY_QUOTE);
        assertThat(v.isEmpty()).isTrue();
    }

    @Test
    void aMarkerWithNoCitationDropsOnlyItsSentence() {
        Verified v = gate.verify(new Draft("Le CSE est consulté [1]. L'employeur doit payer 100 % de l'expertise [7].",
                List.of(new Draft.Quote(1, "laboria#12", "Le comité est informé et consulté sur les questions intéressant l'organisation.")),
                "test"), List.of(L2312_8));
        assertThat(v.text()).isEqualTo("Le CSE est consulté [1].");
        assertThat(v.rejections()).extracting(Rejection::kind).containsExactly(Rejection.Kind.DANGLING_MARKER);
        assertThat(v.report().sentences()).isEqualTo(2);
        assertThat(v.report().dropped()).isEqualTo(1);
    }

    @Test
    void twoCitationsWithOneNumberKeepTheFirstAndCitationsAreRenumbered() {
        Verified v = gate.verify(new Draft("A [2]. B [5].",
                List.of(new Draft.Quote(2, "cgt#3", "La CGT demande un droit de veto des représentants du personnel."),
                        new Draft.Quote(2, "laboria#12", "4° L'introduction de nouvelles technologies."),
                        new Draft.Quote(5, "laboria#12", "4° L'introduction de nouvelles technologies.")), "test"),
                List.of(L2312_8, CGT));
        assertThat(v.rejections()).extracting(Rejection::kind).containsExactly(Rejection.Kind.DUPLICATE_NUMBER);
        assertThat(v.citations()).extracting(c -> c.n()).containsExactly(1, 2);
        assertThat(v.text()).isEqualTo("A [1]. B [2].");
    }
}
