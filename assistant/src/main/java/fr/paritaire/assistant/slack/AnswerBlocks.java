package fr.paritaire.assistant.slack;

import com.slack.api.model.block.ActionsBlock;
import com.slack.api.model.block.ContextBlock;
import com.slack.api.model.block.DividerBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.composition.MarkdownTextObject;
import com.slack.api.model.block.composition.PlainTextObject;
import com.slack.api.model.block.element.BlockElement;
import com.slack.api.model.block.element.ButtonElement;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Block Kit for an answer: the text in mrkdwn (marked when not grounded), the sources as "[n] title — article,
 * section or page" with their quotes, then 👍/👎, Publish and web-chat buttons — all within Slack's limits.
 */
final class AnswerBlocks {

    static final int MAX_BLOCKS = 50;
    static final int MAX_SECTION_TEXT = 3000;
    static final int MAX_FALLBACK_TEXT = 3000;
    static final String FEEDBACK_UP = "paritaire_feedback_up";
    static final String FEEDBACK_DOWN = "paritaire_feedback_down";
    static final String PUBLISH = "paritaire_publish";
    static final String OPEN_WEB = "paritaire_open_web";

    private AnswerBlocks() {
    }

    /** The blocks of a reply; {@code publishButton} for the answer only the asker sees. */
    static List<LayoutBlock> of(SlackReply reply, boolean publishButton, String publicUrl) {
        String lang = reply.language();
        List<LayoutBlock> blocks = new ArrayList<>();
        if (reply.partial()) blocks.add(context(SlackTexts.PARTIAL.in(lang) + SlackText.escape(String.join(" ; ", reply.missing()))));
        else if (!reply.grounded()) blocks.add(context(SlackTexts.NOT_GROUNDED.in(lang) + notCovered(reply)));
        for (String piece : SlackText.split(SlackText.mrkdwn(reply.text()), MAX_SECTION_TEXT)) blocks.add(section(piece));
        List<LayoutBlock> sources = sources(reply);
        List<LayoutBlock> actions = List.of(actions(reply, publishButton, publicUrl));
        int room = MAX_BLOCKS - blocks.size() - actions.size() - 1;
        if (!sources.isEmpty()) {
            blocks.add(DividerBlock.builder().build());
            if (sources.size() > room) {
                int dropped = sources.size() - (room - 1);
                sources = new ArrayList<>(sources.subList(0, room - 1));
                sources.add(context(SlackTexts.MORE_SOURCES.in(lang, dropped)));
            }
            blocks.addAll(sources);
        }
        blocks.addAll(actions);
        return blocks;
    }

    private static String notCovered(SlackReply reply) {
        if (reply.missing().isEmpty()) return "";
        return " " + SlackTexts.NOT_COVERED.in(reply.language()) + SlackText.escape(String.join(" ; ", reply.missing()));
    }

    /** The notification text that goes with the blocks (also what clients without Block Kit show). */
    static String fallback(SlackReply reply) {
        String prefix = reply.partial() ? SlackTexts.PARTIAL.in(reply.language()) + "\n"
                : reply.grounded() ? "" : SlackTexts.NOT_GROUNDED.in(reply.language()) + "\n";
        return SlackText.cut(prefix + SlackText.mrkdwn(reply.text()), MAX_FALLBACK_TEXT);
    }

    private static List<LayoutBlock> sources(SlackReply reply) {
        if (reply.sources().isEmpty()) return List.of();
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(section(SlackTexts.SOURCES.in(reply.language())));
        for (SlackReply.Source source : reply.sources()) blocks.add(section(source(source)));
        return blocks;
    }

    static String source(SlackReply.Source s) {
        List<String> where = new ArrayList<>();
        if (present(s.article())) where.add(s.article().toLowerCase().startsWith("art") ? s.article() : "article " + s.article());
        if (present(s.section())) where.add(s.section());
        if (s.page() != null) where.add("p. " + s.page());
        String head = "*[" + s.n() + "] " + SlackText.escape(s.title()) + "*"
                + (where.isEmpty() ? "" : " — " + SlackText.escape(String.join(", ", where)));
        head = SlackText.cut(head, MAX_SECTION_TEXT / 3);
        if (!present(s.quote())) return head;
        return head + "\n" + SlackText.quote(SlackText.cut(SlackText.escape(s.quote()), MAX_SECTION_TEXT - head.length() - 40));
    }

    private static ActionsBlock actions(SlackReply reply, boolean publishButton, String publicUrl) {
        String lang = reply.language();
        String value = ButtonValue.of(reply);
        List<BlockElement> elements = new ArrayList<>();
        if (publishButton) {
            ButtonElement publish = button(PUBLISH, SlackTexts.PUBLISH.in(lang), value, null);
            publish.setStyle("primary");
            elements.add(publish);
        }
        elements.add(button(FEEDBACK_UP, SlackTexts.HELPFUL.in(lang), value, null));
        elements.add(button(FEEDBACK_DOWN, SlackTexts.NOT_HELPFUL.in(lang), value, null));
        if (publicUrl != null && !publicUrl.isBlank()) {
            String url = publicUrl.replaceAll("/+$", "") + "/?q=" + URLEncoder.encode(SlackText.cut(reply.question(), 1500), StandardCharsets.UTF_8);
            elements.add(button(OPEN_WEB, SlackTexts.OPEN_WEB.in(lang), null, url));
        }
        return ActionsBlock.builder().blockId("paritaire_actions").elements(elements).build();
    }

    private static ButtonElement button(String actionId, String text, String value, String url) {
        return ButtonElement.builder().actionId(actionId).value(value).url(url)
                .text(PlainTextObject.builder().text(text).emoji(true).build()).build();
    }

    static SectionBlock section(String mrkdwn) {
        return SectionBlock.builder().text(MarkdownTextObject.builder().text(mrkdwn).build()).build();
    }

    static ContextBlock context(String mrkdwn) {
        return ContextBlock.builder().elements(List.of(MarkdownTextObject.builder()
                .text(SlackText.cut(mrkdwn, MAX_SECTION_TEXT)).build())).build();
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }
}
