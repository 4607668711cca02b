package fr.paritaire.assistant.chat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A local chat-model server speaking the OpenAI chat-completions protocol ({@code POST …/chat/completions}, plain JSON
 * or {@code stream=true} SSE chunks ending with {@code data: [DONE]}) and Ollama's ({@code POST /api/chat}, plain JSON
 * or an NDJSON stream). What it answers is scripted per test from the request it received; every request is kept.
 */
final class ScriptedChatServer implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** What the server does with one request. */
    sealed interface Reply {
        /** Answers {@code text}, streamed in word-sized tokens {@code tokenDelay} apart when the client streams. */
        record Text(String text, Duration tokenDelay) implements Reply {
        }

        /** Answers with an HTTP error. */
        record Status(int code) implements Reply {
        }

        /** Waits, then answers {@code text}. */
        record Slow(Duration delay, String text) implements Reply {
        }

        /** Sends the first {@code tokens} tokens of {@code text} (or half its bytes, unstreamed), then hangs up. */
        record Cut(String text, int tokens) implements Reply {
        }

        /** Answers {@code body} as it is, whatever the client asked for. */
        record Raw(String contentType, String body) implements Reply {
        }

        static Reply text(String text) {
            return new Text(text, Duration.ZERO);
        }
    }

    /** A request as the model saw it. */
    record Request(String protocol, boolean stream, JsonNode body, long receivedNanos, List<Long> tokenSentNanos) {

        private static final Pattern PASSAGE = Pattern.compile("<passage n=\"(\\d+)\"([^>]*)>\\n(.*?)\\n</passage>", Pattern.DOTALL);

        List<JsonNode> messages() {
            List<JsonNode> out = new ArrayList<>();
            body.path("messages").forEach(out::add);
            return out;
        }

        String system() {
            return messages().getFirst().path("content").asText();
        }

        /** The last message: the fenced passages and the question. */
        String user() {
            return messages().getLast().path("content").asText();
        }

        /** The passages given, by number. */
        Map<Integer, String> passages() {
            Map<Integer, String> out = new LinkedHashMap<>();
            Matcher m = PASSAGE.matcher(user());
            while (m.find()) out.put(Integer.parseInt(m.group(1)), m.group(3));
            return out;
        }

        /** The number of the first passage given that is article {@code article} (of a code or agreement). */
        int passageOfArticle(String article) {
            Matcher m = PASSAGE.matcher(user());
            while (m.find()) if (m.group(2).contains("article=\"" + article)) return Integer.parseInt(m.group(1));
            throw new AssertionError("no passage given is article " + article + "; given: " + user());
        }

        /** The number of the first passage given that contains {@code text}. */
        int passageWith(String text) {
            return passages().entrySet().stream().filter(e -> e.getValue().contains(text)).map(Map.Entry::getKey).findFirst()
                    .orElseThrow(() -> new AssertionError("no passage given contains '" + text + "'; given: " + passages().values()));
        }
    }

    private final HttpServer server;
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private volatile Function<Request, Reply> script = r -> Reply.text("Les documents fournis ne couvrent pas cette question.");

    ScriptedChatServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/", this::handle);
        server.start();
    }

    static ScriptedChatServer start() {
        try {
            return new ScriptedChatServer();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    int port() {
        return server.getAddress().getPort();
    }

    void script(Function<Request, Reply> script) {
        requests.clear();
        this.script = script;
    }

    List<Request> requests() {
        return List.copyOf(requests);
    }

    Request lastRequest() {
        return requests.getLast();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            JsonNode body = JSON.readTree(exchange.getRequestBody());
            String path = exchange.getRequestURI().getPath();
            String protocol = path.endsWith("/chat/completions") ? "openai" : path.equals("/api/chat") ? "ollama" : null;
            if (protocol == null) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            Request request = new Request(protocol, body.path("stream").asBoolean(false), body, System.nanoTime(),
                    new CopyOnWriteArrayList<>());
            requests.add(request);
            Reply reply = script.apply(request);
            respond(exchange, request, reply);
        } catch (IOException | RuntimeException e) {
            // The client gave up (a timeout test): nothing to do.
        }
    }

    private void respond(HttpExchange exchange, Request request, Reply reply) throws IOException {
        switch (reply) {
            case Reply.Status s -> {
                byte[] error = "{\"error\":{\"message\":\"scripted failure\",\"type\":\"server_error\"}}".getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(s.code(), error.length);
                exchange.getResponseBody().write(error);
            }
            case Reply.Raw raw -> {
                byte[] bytes = raw.body().getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", raw.contentType());
                exchange.sendResponseHeaders(200, bytes.length);
                exchange.getResponseBody().write(bytes);
            }
            case Reply.Slow s -> {
                sleep(s.delay());
                respond(exchange, request, Reply.text(s.text()));
            }
            case Reply.Text t when !request.stream() -> {
                byte[] json = whole(request.protocol(), t.text()).getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, json.length);
                exchange.getResponseBody().write(json);
            }
            case Reply.Text t -> stream(exchange, request, tokens(t.text()), t.tokenDelay(), true);
            case Reply.Cut c when !request.stream() -> {
                byte[] json = whole(request.protocol(), c.text()).getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, json.length);
                exchange.getResponseBody().write(json, 0, json.length / 2);
                exchange.getResponseBody().flush();
            }
            case Reply.Cut c -> {
                List<String> tokens = tokens(c.text());
                stream(exchange, request, tokens.subList(0, Math.min(c.tokens(), tokens.size())), Duration.ZERO, false);
            }
        }
    }

    private static void stream(HttpExchange exchange, Request request, List<String> tokens, Duration delay, boolean finish)
            throws IOException {
        boolean openai = request.protocol().equals("openai");
        exchange.getResponseHeaders().add("Content-Type", openai ? "text/event-stream" : "application/x-ndjson");
        exchange.sendResponseHeaders(200, 0);
        OutputStream out = exchange.getResponseBody();
        for (String token : tokens) {
            sleep(delay);
            write(out, openai ? "data: " + openAiChunk(token, null) + "\n\n" : ollamaChunk(token, false) + "\n");
            request.tokenSentNanos().add(System.nanoTime());
        }
        if (!finish) return;
        write(out, openai ? "data: " + openAiChunk("", "stop") + "\n\ndata: [DONE]\n\n" : ollamaChunk("", true) + "\n");
    }

    private static void write(OutputStream out, String s) throws IOException {
        out.write(s.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    /** Word-sized tokens, as a model streams them: each word with the space before it. */
    static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("\\s*\\S+").matcher(text);
        while (m.find()) out.add(m.group());
        return out;
    }

    private static String whole(String protocol, String text) {
        ObjectNode root = JSON.createObjectNode();
        if (protocol.equals("openai")) {
            root.put("id", "chatcmpl-test").put("object", "chat.completion").put("created", 1).put("model", "test-model");
            ObjectNode choice = root.putArray("choices").addObject();
            choice.put("index", 0).put("finish_reason", "stop");
            choice.putObject("message").put("role", "assistant").put("content", text);
            root.putObject("usage").put("prompt_tokens", 100).put("completion_tokens", 20).put("total_tokens", 120);
        } else {
            root.put("model", "test-model").put("created_at", "2026-12-01T00:00:00Z").put("done", true).put("done_reason", "stop");
            root.putObject("message").put("role", "assistant").put("content", text);
            root.put("prompt_eval_count", 100).put("eval_count", 20);
        }
        return root.toString();
    }

    private static String openAiChunk(String token, String finish) {
        ObjectNode root = JSON.createObjectNode();
        root.put("id", "chatcmpl-test").put("object", "chat.completion.chunk").put("created", 1).put("model", "test-model");
        ObjectNode choice = root.putArray("choices").addObject();
        choice.put("index", 0);
        if (finish == null) choice.putNull("finish_reason");
        else choice.put("finish_reason", finish);
        ObjectNode delta = choice.putObject("delta");
        if (!token.isEmpty()) delta.put("content", token);
        return root.toString();
    }

    private static String ollamaChunk(String token, boolean done) {
        ObjectNode root = JSON.createObjectNode();
        root.put("model", "test-model").put("created_at", "2026-12-01T00:00:00Z");
        root.putObject("message").put("role", "assistant").put("content", token);
        root.put("done", done);
        if (done) root.put("done_reason", "stop").put("prompt_eval_count", 100).put("eval_count", 20);
        return root.toString();
    }

    private static void sleep(Duration d) {
        if (d.isZero()) return;
        try {
            Thread.sleep(d);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
