package fr.paritaire.assistant.slack;

import com.slack.api.app_backend.interactive_components.response.ActionResponse;
import fr.paritaire.assistant.answer.InvalidQuestion;
import fr.paritaire.assistant.config.KnowledgeBaseNotReady;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers questions off the request thread (Slack has already been acknowledged): once per message whatever the
 * retries, politely refused beyond the per-user rate, and with a short message in the thread when anything fails.
 */
class AnswerWorker implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(AnswerWorker.class);

    private final ExecutorService executor;
    private final SlackAnswers answers;
    private final WebApi web;
    private final SlackLedger ledger;
    private final RecentReplies recent;
    private final QuestionRate rate;
    private final SlackProperties properties;

    AnswerWorker(SlackAnswers answers, WebApi web, SlackLedger ledger, RecentReplies recent, SlackProperties properties) {
        // Our own pool, not a bean: an Executor bean would make Spring Boot drop its applicationTaskExecutor.
        AtomicInteger n = new AtomicInteger();
        this.executor = new ThreadPoolExecutor(properties.workers(), properties.workers(), 60, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), r -> {
                    Thread t = new Thread(r, "slack-answer-" + n.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
        this.answers = answers;
        this.web = web;
        this.ledger = ledger;
        this.recent = recent;
        this.rate = new QuestionRate(properties.questionsPerUser(), properties.rateWindow());
        this.properties = properties;
    }

    /** The answering threads (Bolt's Assistant middleware runs its handlers on them too). */
    ExecutorService executor() {
        return executor;
    }

    @Override
    public void close() {
        executor.shutdown();
    }

    RecentReplies recent() {
        return recent;
    }

    void submit(Asked asked) {
        executor.execute(() -> answer(asked));
    }

    /** Runs {@code task} on the answering threads (work that must not delay the acknowledgement). */
    void later(Runnable task) {
        executor.execute(() -> {
            try {
                task.run();
            } catch (RuntimeException e) {
                log.warn("Slack task failed: {}", e.getMessage(), e);
            }
        });
    }

    /** Answers on the calling thread, unless the question was already taken (a retry, another instance). */
    void answer(Asked asked) {
        try {
            answerOnce(asked.key(), asked.eventId(), () -> respond(asked));
        } catch (RuntimeException e) {
            // the ledger itself failed (database down): better a short message than silence
            log.warn("Slack question could not be recorded ({}): {}", asked.conversationId(), e.getMessage(), e);
            failSoftly(asked, null, SlackTexts.FAILED.answering(asked.question()), e);
        }
    }

    /** Runs {@code work} only if nobody has claimed {@code key} yet (a null key is always run); false when taken. */
    boolean answerOnce(String key, String eventId, Runnable work) {
        if (key != null && !ledger.claim(key, eventId)) return false;
        work.run();
        return true;
    }

    /** Answers, or says politely why not: rate exceeded, empty question, not ready, failure. Never silent. */
    void respond(Asked asked) {
        StreamedMessage stream = null;
        try {
            if (!rate.allow(asked.user())) {
                deliverText(asked, SlackTexts.TOO_MANY.answering(asked.question()));
            } else if (asked.question().isBlank()) {
                deliverText(asked, SlackTexts.EMPTY.in("fr"));
            } else if (asked.surface() == Asked.Surface.COMMAND) {
                SlackReply reply = answers.ask(asked.question(), asked.role(), asked.conversationId());
                recent.put(reply);
                web.respond(asked.responseUrl(), ActionResponse.builder().responseType("ephemeral")
                        .text(AnswerBlocks.fallback(reply)).blocks(AnswerBlocks.of(reply, true, properties.publicUrl())).build());
            } else {
                stream = new StreamedMessage(web, asked.channel(), asked.threadTs(), properties.streamAfter(), properties.streamInterval());
                SlackReply reply = answers.ask(asked.question(), asked.role(), asked.conversationId(), stream);
                recent.put(reply);
                // Recorded before the answer shows: a follow-up typed the moment it appears must find the thread known.
                if (asked.threadTs() != null) ledger.rememberThread(asked.channel(), asked.threadTs());
                stream.finish(AnswerBlocks.fallback(reply), AnswerBlocks.of(reply, false, properties.publicUrl()));
            }
        } catch (KnowledgeBaseNotReady e) {
            failSoftly(asked, stream, SlackTexts.NOT_READY.answering(asked.question()), e);
        } catch (InvalidQuestion e) {
            failSoftly(asked, stream, SlackTexts.INVALID.answering(asked.question(), e.getMessage()), e);
        } catch (RuntimeException e) {
            log.warn("Slack question failed ({}): {}", asked.conversationId(), e.getMessage(), e);
            failSoftly(asked, stream, SlackTexts.FAILED.answering(asked.question()), e);
        }
    }

    private void deliverText(Asked asked, String text) {
        if (asked.surface() == Asked.Surface.COMMAND) {
            web.respond(asked.responseUrl(), ActionResponse.builder().responseType("ephemeral").text(text).build());
        } else {
            web.post(asked.channel(), asked.threadTs(), text, List.of(AnswerBlocks.section(text)));
        }
    }

    /** Never silence: tell the asker (in place of a half-streamed answer), and only log if even that fails. */
    private void failSoftly(Asked asked, StreamedMessage stream, String text, Exception cause) {
        try {
            if (stream != null && stream.started()) stream.finish(text, List.of(AnswerBlocks.section(text)));
            else deliverText(asked, text);
        } catch (RuntimeException e) {
            log.error("Could not tell the asker that their question failed ({}): {}", cause.getMessage(), e.getMessage());
        }
    }
}
