package fr.paritaire.assistant.slack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;

/**
 * Slack's side of Socket Mode on a local port: greets each connection with {@code hello}, sends envelopes
 * ({@code events_api}, {@code slash_commands}, {@code interactive}) and records the app's acknowledgements.
 */
final class FakeSocketMode extends WebSocketServer {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** An acknowledgement and when it came. */
    record Ack(JsonNode json, long atNanos) {
    }

    private final List<Ack> acks = new CopyOnWriteArrayList<>();
    private final CountDownLatch connected = new CountDownLatch(1);
    private final CountDownLatch started = new CountDownLatch(1);
    private volatile WebSocket app;

    FakeSocketMode() {
        super(new InetSocketAddress("127.0.0.1", 0));
        setReuseAddr(true);
    }

    /** Starts listening and waits until the port is bound. */
    FakeSocketMode listening() throws InterruptedException {
        start();
        if (!started.await(10, TimeUnit.SECONDS)) throw new IllegalStateException("fake Socket Mode server did not start");
        return this;
    }

    String url() {
        return "ws://127.0.0.1:" + getPort() + "/link/?ticket=local";
    }

    boolean awaitConnected(Duration timeout) throws InterruptedException {
        return connected.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Sends an envelope and returns the time it left, to measure the acknowledgement. */
    long send(String envelopeId, String type, JsonNode payload) {
        ObjectNode envelope = JSON.createObjectNode().put("envelope_id", envelopeId).put("type", type)
                .put("accepts_response_payload", !"events_api".equals(type)).put("retry_attempt", 0).put("retry_reason", "");
        envelope.set("payload", payload);
        long at = System.nanoTime();
        app.send(envelope.toString());
        return at;
    }

    Ack awaitAck(String envelopeId, Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < end) {
            for (Ack ack : acks) if (envelopeId.equals(ack.json().path("envelope_id").asText())) return ack;
            Thread.sleep(10);
        }
        return null;
    }

    @Override
    public void onOpen(WebSocket conn, ClientHandshake handshake) {
        app = conn;
        conn.send("{\"type\":\"hello\",\"num_connections\":1,\"debug_info\":{\"host\":\"applink-local\",\"build_number\":1,"
                + "\"approximate_connection_time\":18060},\"connection_info\":{\"app_id\":\"" + SlackPayloads.APP + "\"}}");
        connected.countDown();
    }

    @Override
    public void onMessage(WebSocket conn, String message) {
        long at = System.nanoTime();
        try {
            acks.add(new Ack(JSON.readTree(message), at));
        } catch (IOException e) {
            throw new IllegalStateException("not JSON from the app: " + message, e);
        }
    }

    @Override
    public void onClose(WebSocket conn, int code, String reason, boolean remote) {
    }

    @Override
    public void onError(WebSocket conn, Exception ex) {
    }

    @Override
    public void onStart() {
        started.countDown();
    }
}
