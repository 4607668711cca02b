package fr.paritaire.assistant.slack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The embedded default: in memory, and appended to files in the data folder ({@code slack/events.log},
 * {@code threads.log}) so a restart still knows which events were answered.
 */
final class FileSlackLedger implements SlackLedger {

    private final Path events;
    private final Path threads;
    private final Map<String, Long> claimed = new ConcurrentHashMap<>();
    private final Set<String> answeredThreads = ConcurrentHashMap.newKeySet();

    FileSlackLedger(Path folder, Duration retention) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the Slack folder " + folder, e);
        }
        this.events = folder.resolve("events.log");
        this.threads = folder.resolve("threads.log");
        load(retention);
    }

    private void load(Duration retention) {
        long oldest = System.currentTimeMillis() - retention.toMillis();
        for (String line : lines(events)) {
            String[] f = line.split("\t");
            long at = f.length >= 2 && f[1].matches("\\d{1,19}") ? Long.parseLong(f[1]) : -1; // a torn last line is skipped
            if (at >= oldest) claimed.put(f[0], at);
        }
        for (String line : lines(threads)) answeredThreads.add(line.strip());
        rewriteEvents();
    }

    private static List<String> lines(Path file) {
        try {
            return Files.exists(file) ? Files.readAllLines(file, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).toList() : List.of();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** Keeps only the events within the retention, so the file does not grow forever. */
    private void rewriteEvents() {
        StringBuilder kept = new StringBuilder();
        claimed.forEach((key, at) -> kept.append(key).append('\t').append(at).append('\n'));
        try {
            Path temp = events.resolveSibling("events.log.tmp");
            Files.writeString(temp, kept, StandardCharsets.UTF_8);
            Files.move(temp, events, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + events, e);
        }
    }

    @Override
    public boolean claim(String key, String eventId) {
        long now = System.currentTimeMillis();
        if (claimed.putIfAbsent(key, now) != null) return false;
        append(events, key + '\t' + now + '\t' + (eventId == null ? "" : eventId));
        return true;
    }

    @Override
    public void rememberThread(String channel, String threadTs) {
        if (answeredThreads.add(channel + ':' + threadTs)) append(threads, channel + ':' + threadTs);
    }

    @Override
    public boolean isAnsweredThread(String channel, String threadTs) {
        return answeredThreads.contains(channel + ':' + threadTs);
    }

    private static synchronized void append(Path file, String line) {
        try {
            Files.writeString(file, line + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot append to " + file, e);
        }
    }
}
