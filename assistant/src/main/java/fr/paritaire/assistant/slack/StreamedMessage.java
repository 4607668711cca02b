package fr.paritaire.assistant.slack;

import com.slack.api.model.block.LayoutBlock;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

/**
 * An answer that shows its verified text as it comes: once {@code after} has passed without the whole answer, the text
 * so far is posted, then updated (chat.update) at most every {@code interval}; the whole answer replaces it at the end.
 * A quick answer is a single message. Only verified text is ever shown, as on the web stream.
 */
final class StreamedMessage implements Consumer<String> {

    private static final String GOING_ON = " …";
    private static final int MAX_STREAMED_CHARS = 3000 * 40;

    private final WebApi web;
    private final String channel;
    private final String threadTs;
    private final long startNanos;
    private final long afterNanos;
    private final long intervalNanos;
    private final StringBuilder text = new StringBuilder();
    private String ts;
    private long lastShownNanos;

    StreamedMessage(WebApi web, String channel, String threadTs, Duration after, Duration interval) {
        this.web = web;
        this.channel = channel;
        this.threadTs = threadTs;
        this.startNanos = System.nanoTime();
        this.afterNanos = after.toNanos();
        this.intervalNanos = interval.toNanos();
    }

    @Override
    public synchronized void accept(String verified) {
        text.append(verified);
        long now = System.nanoTime();
        if (ts == null && now - startNanos >= afterNanos) {
            ts = web.post(channel, threadTs, plain(), blocks());
            lastShownNanos = now;
        } else if (ts != null && now - lastShownNanos >= intervalNanos) {
            web.update(channel, ts, plain(), blocks());
            lastShownNanos = now;
        }
    }

    /** Shows the whole answer: the streamed message becomes it, or it is posted now. */
    synchronized void finish(String fallback, List<LayoutBlock> blocks) {
        if (ts == null) ts = web.post(channel, threadTs, fallback, blocks);
        else web.update(channel, ts, fallback, blocks);
    }

    /** Whether part of the answer is already on screen (a failure must then replace it, not add to it). */
    synchronized boolean started() {
        return ts != null;
    }

    private String plain() {
        return SlackText.cut(SlackText.mrkdwn(text.toString()), AnswerBlocks.MAX_FALLBACK_TEXT) + GOING_ON;
    }

    private List<LayoutBlock> blocks() {
        String shown = SlackText.cut(SlackText.mrkdwn(text.toString()), MAX_STREAMED_CHARS) + GOING_ON;
        return SlackText.split(shown, AnswerBlocks.MAX_SECTION_TEXT).stream().map(s -> (LayoutBlock) AnswerBlocks.section(s)).toList();
    }
}
