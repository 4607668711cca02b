package fr.paritaire.assistant.slack;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** HTTP requests to the app's Slack endpoint, signed the way Slack signs them (v0, HMAC-SHA256). */
final class SignedRequests {

    /** What came back, and how long the app took to acknowledge. */
    record Ack(int status, String body, long nanos) {
        double millis() {
            return nanos / 1e6;
        }
    }

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String url;
    private final String secret;

    SignedRequests(int port, String path, String secret) {
        this.url = "http://127.0.0.1:" + port + path;
        this.secret = secret;
    }

    Ack event(String json) {
        return send(json, "application/json", epochSeconds(), secret, null);
    }

    Ack retry(String json, int retryNum) {
        return send(json, "application/json", epochSeconds(), secret, retryNum);
    }

    Ack form(Map<String, String> fields) {
        return send(encode(fields), "application/x-www-form-urlencoded", epochSeconds(), secret, null);
    }

    /** Interactivity: Slack posts {@code payload=<json>}, form-encoded. */
    Ack interaction(String payloadJson) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("payload", payloadJson);
        return form(fields);
    }

    Ack signedWith(String otherSecret, String json) {
        return send(json, "application/json", epochSeconds(), otherSecret, null);
    }

    Ack sentAt(long timestamp, String json) {
        return send(json, "application/json", timestamp, secret, null);
    }

    static long epochSeconds() {
        return System.currentTimeMillis() / 1000;
    }

    static String encode(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    static String signature(String secret, long timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return "v0=" + HexFormat.of().formatHex(mac.doFinal(("v0:" + timestamp + ":" + body).getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private Ack send(String body, String contentType, long timestamp, String signingSecret, Integer retryNum) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", contentType)
                .header("X-Slack-Request-Timestamp", Long.toString(timestamp))
                .header("X-Slack-Signature", signature(signingSecret, timestamp, body))
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (retryNum != null) request.header("X-Slack-Retry-Num", retryNum.toString()).header("X-Slack-Retry-Reason", "http_timeout");
        long start = System.nanoTime();
        try {
            HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Ack(response.statusCode(), response.body(), System.nanoTime() - start);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
