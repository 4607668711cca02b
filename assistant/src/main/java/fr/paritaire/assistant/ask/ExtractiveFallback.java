package fr.paritaire.assistant.ask;

import fr.paritaire.assistant.answer.Answer;
import fr.paritaire.assistant.answer.AnswerContext;
import fr.paritaire.assistant.answer.Draft;
import fr.paritaire.assistant.answer.ExtractiveAnswerer;
import fr.paritaire.assistant.answer.PromptTemplates;
import fr.paritaire.assistant.answer.Refusals;
import fr.paritaire.assistant.decide.Decision;
import fr.paritaire.assistant.grounding.VerificationGate;
import fr.paritaire.assistant.grounding.Verified;
import org.springframework.stereotype.Component;

/**
 * The answer given when the chat model failed or wrote nothing that held: the extractive answer, after a notice and
 * after whatever verified sentences were already shown (mode {@code extractive-fallback}).
 */
@Component
class ExtractiveFallback {

    private final ExtractiveAnswerer extractive;
    private final VerificationGate gate;
    private final PromptTemplates templates;
    private final Refusals refusals;

    ExtractiveFallback(ExtractiveAnswerer extractive, VerificationGate gate, PromptTemplates templates, Refusals refusals) {
        this.extractive = extractive;
        this.gate = gate;
        this.templates = templates;
        this.refusals = refusals;
    }

    Answer answer(AnswerContext context, Verified shown) {
        Draft draft = extractive.draft(context);
        Verified quotes = gate.verify(draft, context.retrieval().passages());
        Decision decision = context.decision();
        if (shown.isEmpty() && quotes.isEmpty()) {
            return refusals.refuse(context.question(), context.retrieval(), decision.refused("no citation survived verification"),
                    Answer.EXTRACTIVE_FALLBACK);
        }
        Verified whole = shown.followedBy(templates.template("chat-fallback", context.language()), quotes);
        return new Answer(whole.text(), decision.verdict() == Decision.Verdict.ANSWER, Answer.EXTRACTIVE_FALLBACK,
                whole.citations(), context.language(), decision, whole.report());
    }
}
