package fr.paritaire.assistant.answer;

import static org.assertj.core.api.Assertions.assertThat;

import fr.paritaire.ingestion.AgreementLevel;
import fr.paritaire.ingestion.Authority;
import fr.paritaire.ingestion.Passage;
import fr.paritaire.ingestion.search.SearchHit;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How an extractive answer lays out its quotes: binding first, demands and fictional examples always labelled. */
class BindingFirstTest {

    final PromptTemplates templates = new PromptTemplates();
    final BindingFirst layout = new BindingFirst(new AuthorityLabels(templates), templates);

    static ExtractiveAnswerer.Candidate quote(int rank, Passage p, String sentence) {
        return new ExtractiveAnswerer.Candidate(new SearchHit(rank, p, 1.0 / rank, rank, rank, 0.5), sentence, 1.0 / rank);
    }

    static Passage passage(String doc, String title, String article, String text, Authority authority, AgreementLevel level) {
        return new Passage(doc + "#0", doc, title, doc + ".txt", null, article, null, 0, 0, text.length(), text,
                authority == Authority.EXAMPLE, authority, level);
    }

    static final Passage CGT = passage("cgt", "Contribution CGT", null,
            "Les employeurs doivent être soumis à une obligation de négocier sur le déploiement de l'IA.", Authority.POSITION, null);
    static final Passage LAW = passage("guide", "Guide LaborIA", "L2312-8",
            "Le comité est informé et consulté sur l'introduction de nouvelles technologies.", Authority.LAW, null);
    static final Passage GUIDE = passage("guide-2", "Guide LaborIA", null,
            "Impliquez employés et représentants dès le début du projet.", Authority.GUIDANCE, null);
    static final Passage SAMPLE = passage("accord", "Accord Mutuelle (type)", "2.1",
            "Article 2.1 – Consultation\n\nLe CSE rend son avis dans un délai d'un mois.", Authority.EXAMPLE, AgreementLevel.COMPANY);

    @Test
    void theLawComesFirstAndADemandIsNeverUnderTheLawHeading() {
        // The demand ranks first, as it did when an employer asked about obligations: it still comes after the law.
        Draft draft = layout.compose("Intro", List.of(quote(1, CGT, CGT.text()), quote(2, GUIDE, GUIDE.text()),
                quote(3, LAW, LAW.text())), "fr");
        String text = draft.text();
        int law = text.indexOf("Ce que dit la loi");
        int guides = text.indexOf("Ce que recommandent les guides");
        int positions = text.indexOf("Positions et revendications");
        assertThat(law).isPositive().isLessThan(guides);
        assertThat(guides).isLessThan(positions);
        assertThat(text.substring(law, positions)).doesNotContain("Contribution CGT").doesNotContain("obligation de négocier");
        assertThat(text.substring(positions)).contains("Contribution CGT (position d'organisation : une revendication, pas une obligation)");
        // Numbers follow the order read: the law is [1], the demand last.
        assertThat(draft.quotes()).extracting(Draft.Quote::passageId).containsExactly("guide#0", "guide-2#0", "cgt#0");
    }

    @Test
    void everyQuoteOfAFictionalAgreementSaysItIsAFictionalExample() {
        Passage other = passage("accord-2", "Accord Berthelot (type)", "4", "Article 4 – Déconnexion\n\nAucun courriel entre 20 heures et 7 heures.",
                Authority.EXAMPLE, AgreementLevel.COMPANY);
        String text = layout.compose("Intro", List.of(quote(1, SAMPLE, SAMPLE.text()), quote(2, other, other.text())), "fr").text();
        assertThat(text.lines().filter(l -> l.startsWith("– "))).hasSize(2);
        assertThat(text).contains("Exemples fictifs (accords types rédigés pour la formation, pas des accords réels)");
        for (String line : text.split("\n")) {
            if (line.startsWith("– ")) assertThat(line).as(line).contains("exemple fictif");
        }
        assertThat(text).contains("Accord Mutuelle (type) (exemple fictif, accord d'entreprise)");
    }

    @Test
    void aClauseAndAnArticleOfLawGivingDifferentDelaysAreFlaggedNeverJudged() {
        Passage delay = passage("code", "Code du travail", "R2312-6",
                "Le comité dispose d'un délai de quinze jours pour rendre son avis.", Authority.LAW, null);
        String text = layout.compose("Intro", List.of(quote(1, SAMPLE, SAMPLE.text()), quote(2, delay, delay.text())), "fr").text();
        assertThat(text).contains("À vérifier : principe de faveur")
                .contains("[2]").contains("[1]").contains("un mois").contains("quinze jours")
                .doesNotContainIgnoringCase("illégal").doesNotContainIgnoringCase("est légal").doesNotContain("conforme");
        String same = layout.compose("Intro", List.of(quote(1, SAMPLE, SAMPLE.text()),
                quote(2, delay, "Le comité dispose d'un délai d'un mois pour rendre son avis.")), "fr").text();
        assertThat(same).doesNotContain("principe de faveur");
    }

    @Test
    void anEnglishQuestionGetsEnglishHeadings() {
        String text = layout.compose("Intro", List.of(quote(1, CGT, CGT.text()), quote(2, LAW, LAW.text()),
                quote(3, SAMPLE, SAMPLE.text())), "en").text();
        assertThat(text).contains("What the law says").contains("Positions and demands")
                .contains("an organisation's position: a demand, not an obligation").contains("fictional example");
        assertThat(text.indexOf("What the law says")).isLessThan(text.indexOf("Fictional examples"));
    }

    @Test
    void aRolesPointsPointAtTheNumbersTheQuotesGotOnceLaidOutBindingFirst() {
        ExtractiveAnswerer.Candidate guide = quote(1, GUIDE, GUIDE.text());
        ExtractiveAnswerer.Candidate law = quote(2, LAW, LAW.text());
        ExtractiveAnswerer.Candidate sample = quote(3, SAMPLE, "Le CSE rend son avis dans un délai d'un mois.");
        var found = new java.util.LinkedHashMap<RoleFraming.Point, List<ExtractiveAnswerer.Candidate>>();
        found.put(RoleFraming.Point.INFORMATION, List.of(guide, law));
        found.put(RoleFraming.Point.DEADLINES, List.of(sample));
        var framing = new RoleFraming.Framing(Role.DELEGATE, found, List.of(RoleFraming.Point.EXPERTISE, RoleFraming.Point.REQUEST));
        String text = layout.compose("Intro", List.of(guide, law, sample), framing, "fr").text();
        // The law is laid out first, so it is [1] although it was the second quote chosen.
        assertThat(text).contains("\n\nPour agir, d'après les passages cités :\n– Information et consultation des représentants du personnel [1] [2]\n"
                + "– Moment et délais [3]\n"
                + "Les passages retenus ne disent rien sur : recours à un expert et ce que vous pouvez demander.");
        assertThat(text.indexOf("« Le comité est informé")).isLessThan(text.indexOf("« Impliquez"));

        var steps = new java.util.LinkedHashMap<RoleFraming.Point, List<ExtractiveAnswerer.Candidate>>();
        steps.put(RoleFraming.Point.ASSESS, List.of(guide));
        steps.put(RoleFraming.Point.CONSULT, List.of(law));
        String employer = layout.compose("Intro", List.of(guide, law), new RoleFraming.Framing(Role.EMPLOYER, steps, List.of()), "en").text();
        assertThat(employer).contains("Your steps, in order, from the passages quoted:\n1. Assess the risks and the impact of the tool [2]\n"
                + "2. Inform and consult the works council (CSE) before deciding [1]");
    }
}
