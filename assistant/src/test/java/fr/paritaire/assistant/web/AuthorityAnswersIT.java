package fr.paritaire.assistant.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fr.paritaire.assistant.Http;
import fr.paritaire.assistant.RunningParitaire;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Answers that say what binds, and what each role gets, over real HTTP on the committed corpus (issue 12). */
@RunningParitaire
class AuthorityAnswersIT {

    @LocalServerPort
    int port;

    JsonNode ask(String question, String role) {
        Map<String, Object> body = new java.util.HashMap<>();
        body.put("question", question);
        if (role != null) body.put("role", role);
        Http.Reply reply = Http.post(port, "/api/ask", body);
        assertThat(reply.status()).isEqualTo(200);
        return reply.body();
    }

    static List<String> authorities(JsonNode answer) {
        List<String> out = new ArrayList<>();
        answer.path("citations").forEach(c -> out.add(c.path("authority").asText()));
        return out;
    }

    @Test
    void anEmployerAskingAboutObligationsGetsTheLawFirstAndNeverADemandUnderIt() {
        JsonNode answer = ask("Quelles sont mes obligations avant de déployer un outil d'IA ?", "employer");
        String text = answer.path("answer").asText();
        answer.path("citations").forEach(c -> assertThat(c.path("fictional").asBoolean()).isFalse());
        assertThat(authorities(answer)).contains("law");
        assertThat(answer.path("citations").get(0).path("authority").asText()).isEqualTo("law");
        int law = text.indexOf("Ce que dit la loi");
        assertThat(law).isPositive();
        // Under the law heading (up to the next heading), only citations of law.
        String lawSection = text.substring(law).split("\n\n(?=Ce qu|Positions|Exemples|Autres)")[0];
        for (JsonNode c : answer.path("citations")) {
            if (lawSection.contains("[" + c.path("n").asInt() + "]")) assertThat(c.path("authority").asText()).isEqualTo("law");
        }
        for (JsonNode c : answer.path("citations")) {
            if (c.path("authority").asText().equals("position")) {
                assertThat(text.substring(text.indexOf("Positions et revendications"))).contains("[" + c.path("n").asInt() + "]");
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"Quelle entreprise réelle a signé un accord sur l'IA ?", "Quelles entreprises ont signé un accord sur l'IA ?",
            "Which real companies have signed an AI agreement?",
            "En Allemagne, un accord d'entreprise encadre-t-il l'IA dans la métallurgie, et qui l'a négocié ?",
            "In Spain, is there a collective agreement clause on algorithmic management?"})
    void aQuestionAboutRealCompaniesNeverCitesAFictionalAgreementEvenForATrainer(String question) {
        for (String role : new String[] {null, "trainer"}) {
            JsonNode answer = ask(question, role);
            assertThat(authorities(answer)).as("%s (%s)", question, role).doesNotContain("example");
            assertThat(answer.path("answer").asText()).doesNotContain("Exemples fictifs");
        }
    }

    @Test
    void aFrenchCityIsNotAnotherCountry() {
        // Lyon is where the sample agreement's company is: the question is about that sample, not the real world abroad.
        JsonNode answer = ask("Dans l'accord des logisticiens lyonnais (Berthelot), combien de temps les données d'activité individuelles sont-elles conservées ?", "delegate");
        assertThat(answer.path("grounded").asBoolean()).as(answer.toString()).isTrue();
        assertThat(answer.path("citations").findValuesAsText("source")).anyMatch(s -> s.contains("berthelot"));
    }

    @Test
    void aTrainerGetsWholeSampleClausesFromSeveralAgreementsEachLabelledFictional() {
        JsonNode answer = ask("Quelles clauses types encadrent la formation des salariés aux outils d'IA ?", "trainer");
        Set<String> agreements = new HashSet<>();
        java.util.Map<String, List<String>> clauses = new java.util.LinkedHashMap<>();
        for (JsonNode c : answer.path("citations")) {
            if (!c.path("authority").asText().equals("example")) continue;
            agreements.add(c.path("documentId").asText());
            clauses.computeIfAbsent(c.path("passageId").asText(), k -> new java.util.ArrayList<>()).add(c.path("quote").asText());
            // One quote per block of the source, so each is verbatim in the file itself.
            assertThat(c.path("quote").asText()).doesNotContain("\n");
            assertThat(c.path("level").asText()).isIn("branch", "company");
            assertThat(c.path("fictional").asBoolean()).isTrue();
        }
        // A whole clause: its number and title, then its text — never a heading alone.
        clauses.forEach((passage, quotes) -> {
            assertThat(quotes.getFirst()).startsWith("Article ");
            assertThat(quotes).as(passage).hasSizeGreaterThanOrEqualTo(2);
        });
        assertThat(agreements).hasSizeGreaterThanOrEqualTo(2);
        // The article of law a clause cites ("au sens de l'article L. 6321-2") comes first, under the law heading.
        JsonNode first = answer.path("citations").get(0);
        assertThat(first.path("authority").asText()).isEqualTo("law");
        String cited = first.path("article").asText().replaceFirst("^L", "L. ");
        assertThat(answer.path("citations").findValuesAsText("quote")).anySatisfy(q -> assertThat(q).contains(cited));
        String text = answer.path("answer").asText();
        assertThat(text).contains("Exemples fictifs (accords types rédigés pour la formation, pas des accords réels)");
        text.lines().filter(l -> l.startsWith("– ")).filter(l -> text.indexOf(l) > text.indexOf("Exemples fictifs"))
                .forEach(l -> assertThat(l).contains("exemple fictif"));
    }

    @Test
    void withoutTheTrainerRoleTheSameQuestionQuotesSentencesNotWholeClauses() {
        JsonNode answer = ask("Quelles clauses types encadrent la formation des salariés aux outils d'IA ?", null);
        for (JsonNode c : answer.path("citations")) assertThat(c.path("quote").asText()).doesNotContain("\n");
    }

    @Test
    void rolesAndTheirStarterQuestionsAreServed() {
        Http.Reply reply = Http.get(port, "/api/roles");
        assertThat(reply.status()).isEqualTo(200);
        JsonNode roles = reply.body().path("roles");
        assertThat(roles.size()).isEqualTo(3);
        for (JsonNode role : roles) {
            assertThat(role.path("id").asText()).isIn("delegate", "employer", "trainer");
            assertThat(role.path("label").path("fr").asText()).isNotBlank();
            assertThat(role.path("starters").path("fr").size()).isGreaterThanOrEqualTo(3);
            assertThat(role.path("starters").path("en").size()).isGreaterThanOrEqualTo(3);
        }
    }

    @Test
    void everyStarterQuestionIsAnsweredNotRefused() {
        for (JsonNode role : Http.get(port, "/api/roles").body().path("roles")) {
            for (String lang : List.of("fr", "en")) {
                for (JsonNode q : role.path("starters").path(lang)) {
                    JsonNode answer = ask(q.asText(), role.path("id").asText());
                    assertThat(answer.path("citations").size()).as("%s: %s", role.path("id").asText(), q.asText()).isPositive();
                }
            }
        }
    }

    /** The lines of the section that starts with this heading, up to the next blank line. */
    static List<String> section(String text, String heading) {
        int at = text.indexOf(heading);
        if (at < 0) return List.of();
        return text.substring(at).split("\n\n")[0].lines().skip(1).toList();
    }

    /** The authorities of the citations a line points at. */
    static Set<String> authoritiesCited(String line, JsonNode answer) {
        Set<String> out = new HashSet<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\[(\\d+)]").matcher(line);
        while (m.find()) out.add(answer.path("citations").get(Integer.parseInt(m.group(1)) - 1).path("authority").asText());
        return out;
    }

    @Test
    void aDelegateIsToldWhatTheyCanActOnFromWhatBindsAndWhatThePassagesDoNotSay() {
        JsonNode answer = ask("Le CSE doit-il être consulté avant l'introduction d'un outil d'IA ?", "delegate");
        String text = answer.path("answer").asText();
        List<String> points = section(text, "Pour agir, d'après les passages cités :");
        assertThat(points).as(text).anyMatch(l -> l.startsWith("– Information et consultation des représentants du personnel ["));
        for (String point : points.stream().filter(l -> l.startsWith("– ")).toList()) {
            assertThat(authoritiesCited(point, answer)).as(point).isNotEmpty().isSubsetOf("law", "agreement", "guidance", "example");
        }
        // What the passages do not give is named, not left for the delegate to guess.
        assertThat(points).anyMatch(l -> l.startsWith("Les passages retenus ne disent rien sur : ") && l.contains("recours à un expert"));
        // The same question without a role gets the quotes only.
        assertThat(ask("Le CSE doit-il être consulté avant l'introduction d'un outil d'IA ?", null).path("answer").asText())
                .doesNotContain("Pour agir");
    }

    @Test
    void aDelegatesPointRestsOnASentenceAboutTheRepresentativesNotOnAnyMentionOfTheWord() {
        // The guide speaks of "Experts en cybersécurité" (who they are in a project), not of the CSE's right to an expert.
        JsonNode answer = ask("Can the works council call on an expert before an AI tool is introduced?", "delegate");
        List<String> points = section(answer.path("answer").asText(), "What you can act on, from the passages quoted:");
        assertThat(points).noneMatch(l -> l.startsWith("– Calling on an expert"));
        assertThat(points).anyMatch(l -> l.startsWith("The passages found say nothing about: calling on an expert"));
    }

    @Test
    void aDelegateAskingWhatToRequestGetsTheLawNotOnlyStudies() {
        String question = "Quelles informations puis-je demander sur un logiciel qui évalue les salariés ?";
        assertThat(authorities(ask(question, null))).doesNotContain("law");
        JsonNode answer = ask(question, "delegate");
        assertThat(authorities(answer)).contains("law");
        assertThat(section(answer.path("answer").asText(), "Pour agir")).isNotEmpty();
    }

    @Test
    void anEmployerGetsTheStepsInOrderEachRestingOnWhatBindsOrAdvises() {
        for (String[] asked : new String[][] {{"Quelles sont mes obligations avant de déployer un outil d'IA ?", "Vos étapes, dans l'ordre, d'après les passages cités :", "Évaluer", "Informer et consulter le CSE"},
                {"What must I do before deploying an AI tool?", "Your steps, in order, from the passages quoted:", "Assess", "Inform and consult"}}) {
            JsonNode answer = ask(asked[0], "employer");
            String text = answer.path("answer").asText();
            List<String> steps = section(text, asked[1]);
            assertThat(steps).as(text).hasSizeGreaterThanOrEqualTo(2);
            for (int i = 0; i < steps.size(); i++) {
                assertThat(steps.get(i)).startsWith((i + 1) + ". ");
                // A demand or a study is never a step: a step rests on the law, an agreement or a guide.
                assertThat(authoritiesCited(steps.get(i), answer)).as(steps.get(i)).isNotEmpty().isSubsetOf("law", "agreement", "guidance", "example");
            }
            int assess = steps.stream().filter(l -> l.contains(asked[2])).findFirst().map(steps::indexOf).orElse(-1);
            int consult = steps.stream().filter(l -> l.contains(asked[3])).findFirst().map(steps::indexOf).orElse(-1);
            assertThat(assess).as(text).isNotNegative().isLessThan(consult);
        }
    }
}
