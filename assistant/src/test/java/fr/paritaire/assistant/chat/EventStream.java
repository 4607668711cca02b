package fr.paritaire.assistant.chat;

import com.fasterxml.jackson.databind.JsonNode;
import fr.paritaire.assistant.Http;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** {@code POST /api/ask/stream} read as a browser reads it: events in order, each with when it arrived. */
final class EventStream {

    record Event(String name, JsonNode data, long nanosAfterRequest) {
    }

    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private EventStream() {
    }

    static List<Event> post(int port, Object body) {
        try {
            long start = System.nanoTime();
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/ask/stream"))
                    .timeout(Duration.ofSeconds(60)).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(Http.JSON.writeValueAsString(body))).build();
            HttpResponse<InputStream> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofInputStream());
            if (!response.headers().firstValue("Content-Type").orElse("").startsWith("text/event-stream")) {
                throw new AssertionError("not an event stream: " + response.statusCode() + " " + response.headers().map());
            }
            List<Event> events = new ArrayList<>();
            try (BufferedReader in = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
                String name = null;
                StringBuilder data = new StringBuilder();
                for (String line; (line = in.readLine()) != null; ) {
                    if (line.startsWith("event:")) name = line.substring(6).strip();
                    else if (line.startsWith("data:")) data.append(line.substring(5).strip());
                    else if (line.isEmpty() && name != null) {
                        events.add(new Event(name, Http.JSON.readTree(data.toString()), System.nanoTime() - start));
                        name = null;
                        data.setLength(0);
                    }
                }
            }
            return events;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String deltas(List<Event> events) {
        StringBuilder text = new StringBuilder();
        for (Event e : events) if (e.name().equals("delta")) text.append(e.data().path("text").asText());
        return text.toString();
    }

    static JsonNode done(List<Event> events) {
        Event last = events.getLast();
        if (!last.name().equals("done")) throw new AssertionError("the stream did not end with done: " + events);
        return last.data();
    }
}
