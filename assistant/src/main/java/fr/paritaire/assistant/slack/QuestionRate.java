package fr.paritaire.assistant.slack;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** At most {@code paritaire.slack.questions-per-user} questions per user within {@code rate-window} (0: no limit). */
final class QuestionRate {

    private final int max;
    private final long windowMillis;
    private final Map<String, Deque<Long>> asked = new ConcurrentHashMap<>();

    QuestionRate(int max, Duration window) {
        this.max = max;
        this.windowMillis = window.toMillis();
    }

    boolean allow(String user) {
        if (max <= 0 || user == null) return true;
        long now = System.currentTimeMillis();
        Deque<Long> times = asked.computeIfAbsent(user, u -> new ArrayDeque<>());
        synchronized (times) {
            while (!times.isEmpty() && times.peekFirst() <= now - windowMillis) times.pollFirst();
            if (times.size() >= max) return false;
            times.addLast(now);
            return true;
        }
    }
}
