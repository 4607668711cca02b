package fr.paritaire.assistant.chat;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.PartialResponse;
import dev.langchain4j.model.chat.response.PartialResponseContext;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import dev.langchain4j.model.chat.response.StreamingHandle;
import fr.paritaire.assistant.answer.Answer;
import fr.paritaire.assistant.answer.AnswerContext;
import fr.paritaire.assistant.answer.Answerer;
import fr.paritaire.assistant.answer.ChatModelUnavailable;
import fr.paritaire.assistant.answer.Draft;
import fr.paritaire.assistant.answer.DraftSink;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;

/**
 * The answerer that has a chat model write the answer from the numbered passages (mode {@code generative}). The whole
 * answer must arrive within the configured timeout; a timeout, an HTTP error, a malformed or cut stream or an empty
 * answer is a {@link ChatModelUnavailable}, and the answering service then gives the extractive answer. The model
 * saying the passages do not cover the question gives a declined draft, which becomes a refusal.
 */
public final class ChatAnswerer implements Answerer {

    private static final ExecutorService CALLS = Executors.newVirtualThreadPerTaskExecutor();
    private static final Pattern MARKER = Pattern.compile("\\[\\d{1,3}]");
    private static final Pattern NOT_COVERED = Pattern.compile("(?iu)ne (?:couvrent|traitent|permettent) pas|"
            + "do(?:es)? not (?:cover|answer|address)|don['’]t (?:cover|answer|address)|not covered");

    private final ChatModel model;
    private final StreamingChatModel streaming;
    private final ChatPrompt prompt;
    private final ChatProperties properties;
    private final ChatModelStatus status;

    ChatAnswerer(ChatModel model, StreamingChatModel streaming, ChatPrompt prompt, ChatProperties properties,
                 ChatModelStatus status) {
        this.model = model;
        this.streaming = streaming;
        this.prompt = prompt;
        this.properties = properties;
        this.status = status;
    }

    @Override
    public String mode() {
        return Answer.GENERATIVE;
    }

    @Override
    public Draft draft(AnswerContext context) {
        ChatPrompt.Built built = prompt.build(context);
        status.admit();
        Future<ChatResponse> call = CALLS.submit(() -> model.chat(ChatRequest.builder().messages(built.messages()).build()));
        try {
            ChatResponse response = call.get(properties.timeout().toMillis(), TimeUnit.MILLISECONDS);
            return written(response.aiMessage() == null ? null : response.aiMessage().text(), built, context);
        } catch (TimeoutException e) {
            call.cancel(true);
            throw failed(new ChatModelUnavailable("no answer within " + properties.timeout()));
        } catch (ExecutionException e) {
            throw failed(new ChatModelUnavailable("the request failed", e.getCause()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            call.cancel(true);
            throw new ChatModelUnavailable("interrupted");
        }
    }

    @Override
    public Draft draft(AnswerContext context, DraftSink sink) {
        ChatPrompt.Built built = prompt.build(context);
        status.admit();
        sink.sources(built.sources());
        BlockingQueue<Object> events = new LinkedBlockingQueue<>();
        AtomicReference<StreamingHandle> handle = new AtomicReference<>();
        boolean finished = false;
        try {
            try {
                streaming.chat(ChatRequest.builder().messages(built.messages()).build(), handler(events, handle));
            } catch (RuntimeException e) {
                throw failed(new ChatModelUnavailable("the request failed", e));
            }
            StringBuilder text = new StringBuilder();
            long deadline = System.nanoTime() + properties.timeout().toNanos();
            while (true) {
                Object event = events.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
                if (event == null) throw failed(new ChatModelUnavailable("no complete answer within " + properties.timeout()));
                if (event instanceof Throwable t) throw failed(new ChatModelUnavailable("the stream failed", t));
                if (event instanceof String token) {
                    text.append(token);
                    sink.text(token);
                } else if (event instanceof ChatResponse response) {
                    if (response.finishReason() == null) {
                        throw failed(new ChatModelUnavailable("the stream ended before the model finished"));
                    }
                    finished = true;
                    return written(text.toString(), built, context);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ChatModelUnavailable("interrupted");
        } finally {
            StreamingHandle h = handle.get();
            if (!finished && h != null && !h.isCancelled()) h.cancel();
        }
    }

    private static StreamingChatResponseHandler handler(BlockingQueue<Object> events, AtomicReference<StreamingHandle> handle) {
        return new StreamingChatResponseHandler() {
            @Override
            public void onPartialResponse(String partial) {
                if (partial != null && !partial.isEmpty()) events.add(partial);
            }

            @Override
            public void onPartialResponse(PartialResponse partial, PartialResponseContext context) {
                handle.compareAndSet(null, context.streamingHandle());
                onPartialResponse(partial.text());
            }

            @Override
            public void onCompleteResponse(ChatResponse response) {
                events.add(response);
            }

            @Override
            public void onError(Throwable error) {
                events.add(error);
            }
        };
    }

    private Draft written(String text, ChatPrompt.Built built, AnswerContext context) {
        if (text == null || text.isBlank()) throw failed(new ChatModelUnavailable("the model's answer was empty"));
        status.succeeded();
        boolean cites = MARKER.matcher(text).find();
        if (!cites && declines(text, context.language())) return Draft.declined(text, built.sources(), mode());
        return Draft.written(text, built.sources(), mode());
    }

    private boolean declines(String text, String language) {
        String phrase = prompt.notCovered(language).replaceAll("[.\\s]+$", "");
        return text.contains(phrase) || NOT_COVERED.matcher(text).find();
    }

    private ChatModelUnavailable failed(ChatModelUnavailable failure) {
        status.failed(failure.getMessage());
        return failure;
    }
}
