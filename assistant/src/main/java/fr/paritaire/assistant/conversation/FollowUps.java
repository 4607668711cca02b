package fr.paritaire.assistant.conversation;

import java.util.List;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Makes a follow-up standalone before retrieval, as LangChain4j's query transformers do, without a language model:
 * "et pour une entreprise de 30 salariés ?" after "Le CSE doit-il être consulté avant d'installer un outil d'IA ?" is
 * searched with the earlier question's topic carried over. A question that stands on its own is left as it is.
 * When the follow-up names something new ("and in Germany?"), the names of the earlier question are not carried over.
 */
@Component
public class FollowUps {

    private static final Pattern CONTINUATION = Pattern.compile("(?iu)^\\s*(?:et|mais|alors|aussi|sinon|dans ce cas|"
            + "and|but|also|what about|how about|in that case|same|idem)\\b|^\\s*(?:pour|dans|en|chez|avec|sans|si|for|in|with|without|if)\\s");
    private static final Pattern ANAPHORA = Pattern.compile("(?iu)(?<!\\p{L})(?:ça|cela|ceci|celui-ci|celle-ci|ce dernier|"
            + "cette (?:règle|obligation|clause)|le même|la même|it|this|that|they|them|those|these)(?!\\p{L})");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\d][\\p{L}\\d'’-]*");
    /** A name: a capitalised word inside a sentence ("Croatia", "Metall"; not "Et" opening it) or one with a capital inside ("iMET"); not an acronym such as "AI". */
    private static final Pattern NAME = Pattern.compile("(?<=[\\p{L}\\d,;'’»)] )\\p{Lu}\\p{Ll}[\\p{L}\\d-]*|\\b\\p{Ll}+\\p{Lu}[\\p{L}\\d-]*");

    private final ConversationProperties properties;

    public FollowUps(ConversationProperties properties) {
        this.properties = properties;
    }

    /** The question to search: the question itself, or, for a follow-up, the question with the earlier topic. */
    public String standalone(String question, List<Conversations.Turn> history) {
        if (history.isEmpty() || !isFollowUp(question)) return question;
        String earlier = history.getLast().standalone().strip().replaceAll("[?？.!\\s]+$", "");
        if (NAME.matcher(question.strip()).find()) earlier = NAME.matcher(earlier).replaceAll("").replaceAll("\\s{2,}", " ");
        return earlier.strip() + " — " + question.strip();
    }

    boolean isFollowUp(String question) {
        long words = WORD.matcher(question).results().count();
        return CONTINUATION.matcher(question).find() || words <= properties.followUpWords()
                || (ANAPHORA.matcher(question).find() && words <= 2L * properties.followUpWords());
    }
}
