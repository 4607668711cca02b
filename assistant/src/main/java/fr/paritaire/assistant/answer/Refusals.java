package fr.paritaire.assistant.answer;

import fr.paritaire.assistant.decide.Decision;
import fr.paritaire.ingestion.search.Retrieval;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Writes the answer given when the documents do not answer: what they do cover, what they don't, and the closest
 * sources, so the user knows where to look and that nothing was made up; for a question about something else, that it
 * is outside the documents' field.
 */
@Component
public class Refusals {

    private final PromptTemplates templates;
    private final AnswerProperties properties;

    public Refusals(PromptTemplates templates, AnswerProperties properties) {
        this.templates = templates;
        this.properties = properties;
    }

    public Answer refuse(Question question, Retrieval retrieval, Decision decision, String mode) {
        String lang = question.language();
        // A question about something else (a recipe, the weather) has no closest source worth reading.
        if (decision.offTopic()) {
            return new Answer(templates.template("refusal-off-topic", lang), false, mode, List.of(), lang, decision, VerificationReport.NONE);
        }
        List<String> closest = retrieval.hits().stream().map(h -> h.passage().title()).distinct()
                .limit(properties.closestSources()).toList();
        StringBuilder text = new StringBuilder();
        if (!decision.covered().isEmpty() && !decision.missing().isEmpty()) {
            text.append(templates.render("refusal-covered", lang, Map.of(
                    "covered", templates.list(decision.covered().subList(0, Math.min(4, decision.covered().size())), lang),
                    "missing", templates.list(decision.missing(), lang))));
        } else if (!decision.missing().isEmpty()) {
            text.append(templates.render("refusal-missing", lang, Map.of("missing", templates.list(decision.missing(), lang))));
        }
        if (text.isEmpty()) text.append(templates.template("refusal-generic", lang));
        text.append(' ');
        text.append(closest.isEmpty() ? templates.template("refusal-empty", lang)
                : templates.render("refusal", lang, Map.of("closest", templates.list(closest, lang))));
        return new Answer(text.toString(), false, mode, List.of(), lang, decision, VerificationReport.NONE);
    }
}
