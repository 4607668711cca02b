package fr.paritaire.assistant.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.paritaire.assistant.answer.ChatModelUnavailable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Status;

class ChatModelStatusTest {

    static final ChatProperties PROPERTIES = new ChatProperties("openai", null, null, "m", Duration.ofSeconds(30), 0.1,
            12000, 4, false, 3, Duration.ofMinutes(1));

    MutableClock clock = new MutableClock();
    ChatModelStatus status = new ChatModelStatus(PROPERTIES, clock);

    @Test
    void afterRepeatedFailuresTheModelIsSkippedForTheCooldownAndHealthSaysDegradedNotDown() {
        assertThat(status.health().getStatus()).isEqualTo(Status.UP);
        status.failed("HTTP 500");
        assertThat(status.health().getStatus()).isEqualTo(ChatModelStatus.DEGRADED);
        status.admit(); // one failure: still tried
        status.failed("HTTP 500");
        status.failed("timeout");
        assertThatThrownBy(status::admit).isInstanceOf(ChatModelUnavailable.class).hasMessageContaining("3 failures in a row");
        assertThat(status.health().getDetails()).containsKey("skippedUntil");

        clock.advance(Duration.ofSeconds(61));
        status.admit(); // tried again after the cool-down
        status.failed("timeout");
        assertThatThrownBy(status::admit).isInstanceOf(ChatModelUnavailable.class);

        clock.advance(Duration.ofSeconds(61));
        status.admit();
        status.succeeded();
        assertThat(status.health().getStatus()).isEqualTo(Status.UP);
        status.failed("timeout");
        status.admit(); // the count started again
    }

    static final class MutableClock extends Clock {
        private Instant now = Instant.parse("2026-12-01T10:00:00Z");

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
