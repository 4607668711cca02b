package fr.paritaire.assistant.chat;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import fr.paritaire.assistant.answer.AnswerContext;
import fr.paritaire.assistant.answer.Draft;
import fr.paritaire.assistant.answer.PromptTemplates;
import fr.paritaire.assistant.answer.Role;
import fr.paritaire.assistant.decide.Decision;
import fr.paritaire.ingestion.Passage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The messages sent to the chat model: the system prompt with the asker's role, the conversation so far, then the
 * numbered passages fenced as data between {@code <documents>} tags, and the question. Passages go in rank order until
 * the context budget is spent; the numbers they are given are the only ones the answer may cite.
 */
final class ChatPrompt {

    /** The messages, and which passage each number stands for. */
    record Built(List<ChatMessage> messages, List<Draft.Source> sources) {
    }

    private static final Pattern FENCE = Pattern.compile("(?i)</?\\s*(?:documents?|passage)\\b[^>]*>");
    private static final Pattern MARKERS = Pattern.compile("\\s*\\[\\d{1,3}]");
    private static final int MIN_CUT = 300;

    private final PromptTemplates templates;
    private final ChatProperties properties;

    ChatPrompt(PromptTemplates templates, ChatProperties properties) {
        this.templates = templates;
        this.properties = properties;
    }

    Built build(AnswerContext context) {
        String lang = context.language();
        List<ChatMessage> messages = new ArrayList<>();
        messages.add(SystemMessage.from(templates.render("chat-system", lang, Map.of(
                "role", templates.template("chat-role-" + roleName(context.question().role()), lang),
                "notCovered", notCovered(lang)))));
        List<AnswerContext.Exchange> history = context.history();
        for (AnswerContext.Exchange e : history.subList(Math.max(0, history.size() - properties.historyTurns()), history.size())) {
            messages.add(UserMessage.from(e.question()));
            // Earlier answers' markers pointed at earlier passages: the numbers of this turn are the only valid ones.
            messages.add(AiMessage.from(MARKERS.matcher(e.answer()).replaceAll("")));
        }
        List<Draft.Source> sources = new ArrayList<>();
        String passages = passages(context.retrieval().passages(), sources);
        messages.add(UserMessage.from(templates.render("chat-question", lang, Map.of(
                "passages", passages, "partial", partial(context.decision(), lang), "question", context.question().text()))));
        return new Built(messages, sources);
    }

    String notCovered(String language) {
        return templates.template("chat-not-covered", language);
    }

    private String passages(List<Passage> retrieved, List<Draft.Source> sources) {
        StringBuilder out = new StringBuilder();
        int budget = properties.contextChars();
        for (Passage p : retrieved) {
            if (budget <= 0 || (!sources.isEmpty() && budget < MIN_CUT && p.text().length() > budget)) break;
            String text = p.text().length() > budget ? p.text().substring(0, budget) + " […]" : p.text();
            budget -= text.length();
            int n = sources.size() + 1;
            sources.add(new Draft.Source(n, p.id()));
            if (!out.isEmpty()) out.append("\n\n");
            out.append("<passage n=\"").append(n).append("\" document=\"").append(attribute(p.title())).append('"');
            out.append(" authority=\"").append(p.authority().id()).append('"');
            if (p.section() != null) out.append(" section=\"").append(attribute(p.section())).append('"');
            if (p.article() != null) out.append(" article=\"").append(attribute(p.article())).append('"');
            if (p.page() != null) out.append(" page=\"").append(p.page()).append('"');
            out.append(">\n").append(fenced(text)).append("\n</passage>");
        }
        return out.toString();
    }

    /** Document text cannot close the fence it sits in. */
    static String fenced(String text) {
        return FENCE.matcher(text).replaceAll(m -> m.group().replace('<', '‹').replace('>', '›'));
    }

    private static String attribute(String value) {
        return fenced(value).replace('"', '\'').replace('\n', ' ');
    }

    private String partial(Decision decision, String lang) {
        if (decision.verdict() != Decision.Verdict.PARTIAL || decision.missing().isEmpty()) return "";
        return "\n" + templates.render("chat-partial", lang, Map.of("missing", templates.list(decision.missing(), lang))) + "\n";
    }

    private static String roleName(Role role) {
        return role == null ? "none" : role.name().toLowerCase(Locale.ROOT);
    }
}
