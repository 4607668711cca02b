package fr.paritaire.assistant.slack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

/**
 * Slack's Web API on a local port, for the methods Paritaire calls (and Bolt's auth.test), plus response_url
 * endpoints. Records every call; can answer 429 with a Retry-After to the next calls of a method.
 */
final class FakeSlack implements AutoCloseable {

    static final String BOT_USER = "UPARITAIRE";
    static final String BOT_ID = "BPARITAIRE";
    static final String OTHER_BOT_USER = "UOTHERBOT";
    /** Channels the bot is not a member of: chat.postMessage there answers not_in_channel. */
    static final String NOT_IN_CHANNEL = "CNOTIN";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One call: the method (or "response_url"), its parameters (form fields, or the JSON body's), when it arrived. */
    record Call(String method, Map<String, String> params, JsonNode json, long atNanos) {

        String param(String name) {
            if (params.containsKey(name)) return params.get(name);
            JsonNode value = json == null ? null : json.get(name);
            return value == null || value.isNull() ? null : value.isTextual() ? value.asText() : value.toString();
        }

        JsonNode blocks() {
            try {
                String blocks = param("blocks");
                return blocks == null ? JSON.createArrayNode() : JSON.readTree(blocks);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** Every text in the blocks, one after the other: what a reader sees. */
        String shown() {
            StringBuilder text = new StringBuilder();
            blocks().findValues("text").forEach(t -> text.append(t.isTextual() ? t.asText() : t.path("text").asText()).append('\n'));
            return text.toString();
        }
    }

    private final HttpServer server;
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final Map<String, AtomicInteger> tooManyRequests = new ConcurrentHashMap<>();
    private final AtomicLong ts = new AtomicLong(1_700_000_000_000_000L);
    private volatile String socketUrl = "ws://127.0.0.1:1/";

    FakeSlack() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newFixedThreadPool(8));
        server.createContext("/api/", this::method);
        server.createContext("/response/", this::responseUrl);
        server.start();
    }

    String apiBaseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/api/";
    }

    String responseUrl(String name) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/response/" + name;
    }

    void socketUrl(String url) {
        this.socketUrl = url;
    }

    /** The next {@code times} calls of {@code method} for {@code channel} get HTTP 429 with {@code Retry-After: 1}. */
    void tooManyRequests(String method, String channel, int times) {
        tooManyRequests.put(method + ":" + channel, new AtomicInteger(times));
    }

    List<Call> calls(String method) {
        return calls.stream().filter(c -> c.method().equals(method)).toList();
    }

    List<Call> calls(String method, Predicate<Call> which) {
        return calls(method).stream().filter(which).toList();
    }

    /** Waits until at least {@code count} calls match, then returns them. */
    List<Call> await(String method, Predicate<Call> which, int count, Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        List<Call> found = calls(method, which);
        while (found.size() < count && System.nanoTime() < end) {
            Thread.sleep(20);
            found = calls(method, which);
        }
        return found;
    }

    private void method(HttpExchange exchange) throws IOException {
        long at = System.nanoTime();
        String method = exchange.getRequestURI().getPath().substring("/api/".length());
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        Map<String, String> params = form(body);
        calls.add(new Call(method, params, null, at));
        AtomicInteger limited = tooManyRequests.get(method + ":" + params.get("channel"));
        if (limited != null && limited.getAndDecrement() > 0) {
            exchange.getResponseHeaders().add("Retry-After", "1");
            reply(exchange, 429, "{\"ok\":false,\"error\":\"ratelimited\"}");
            return;
        }
        if ("chat.postMessage".equals(method) && String.valueOf(params.get("channel")).startsWith(NOT_IN_CHANNEL)) {
            reply(exchange, 200, "{\"ok\":false,\"error\":\"not_in_channel\"}");
            return;
        }
        reply(exchange, 200, answer(method, params).toString());
    }

    private ObjectNode answer(String method, Map<String, String> params) {
        ObjectNode reply = JSON.createObjectNode().put("ok", true);
        switch (method) {
            case "auth.test" -> reply.put("url", "https://paritaire-test.slack.com/").put("team", "Paritaire")
                    .put("user", "paritaire").put("team_id", "T0PARITAIRE").put("user_id", BOT_USER).put("bot_id", BOT_ID);
            case "bots.info" -> reply.putObject("bot").put("id", params.get("bot")).put("user_id", OTHER_BOT_USER).put("name", "other");
            case "chat.postMessage" -> {
                String messageTs = nextTs();
                reply.put("channel", params.get("channel")).put("ts", messageTs);
                reply.putObject("message").put("ts", messageTs).put("text", params.get("text")).put("bot_id", BOT_ID);
            }
            case "chat.postEphemeral" -> reply.put("message_ts", nextTs());
            case "chat.update" -> reply.put("channel", params.get("channel")).put("ts", params.get("ts"));
            case "apps.connections.open" -> reply.put("url", socketUrl);
            default -> {
            }
        }
        return reply;
    }

    private String nextTs() {
        long n = ts.incrementAndGet();
        return (n / 1_000_000) + "." + String.format("%06d", n % 1_000_000);
    }

    private void responseUrl(HttpExchange exchange) throws IOException {
        long at = System.nanoTime();
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        JsonNode json = JSON.readTree(body);
        Map<String, String> params = new LinkedHashMap<>();
        params.put("url", exchange.getRequestURI().getPath());
        if (json.has("blocks")) params.put("blocks", json.get("blocks").toString());
        calls.add(new Call("response_url", params, json, at));
        reply(exchange, 200, "ok");
    }

    private static Map<String, String> form(String body) {
        Map<String, String> params = new LinkedHashMap<>();
        for (String pair : body.split("&")) {
            if (pair.isEmpty()) continue;
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            params.put(name, eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return params;
    }

    private static void reply(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    List<Call> all() {
        return new ArrayList<>(calls);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
