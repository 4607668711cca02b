package fr.paritaire.assistant.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded ledger: claims survive a restart, concurrent claims of one key give one winner, old ones expire. */
class FileSlackLedgerTest {

    @TempDir
    Path folder;

    @Test
    void anEventClaimedBeforeARestartIsStillTakenAfterIt() {
        assertThat(new FileSlackLedger(folder, Duration.ofDays(7)).claim("msg:C1:1.1", "Ev1")).isTrue();
        FileSlackLedger restarted = new FileSlackLedger(folder, Duration.ofDays(7));
        assertThat(restarted.claim("msg:C1:1.1", "Ev1")).isFalse();
        assertThat(restarted.claim("msg:C1:1.2", "Ev2")).isTrue();
    }

    @Test
    void fiftyConcurrentClaimsOfOneMessageHaveOneWinner() throws Exception {
        FileSlackLedger ledger = new FileSlackLedger(folder, Duration.ofDays(7));
        AtomicInteger won = new AtomicInteger();
        try (ExecutorService threads = Executors.newFixedThreadPool(8)) {
            List<Future<?>> all = java.util.stream.IntStream.range(0, 50)
                    .<Future<?>>mapToObj(i -> threads.submit(() -> { if (ledger.claim("msg:C1:9.9", "Ev" + i)) won.incrementAndGet(); }))
                    .toList();
            for (Future<?> f : all) f.get();
        }
        assertThat(won).hasValue(1);
    }

    @Test
    void claimsOlderThanTheRetentionAreForgottenAndATornLineIsSkipped() throws Exception {
        Files.createDirectories(folder);
        long old = System.currentTimeMillis() - Duration.ofDays(8).toMillis();
        Files.writeString(folder.resolve("events.log"), "msg:C1:old\t" + old + "\tEv0\nmsg:C1:torn\t17", StandardOpenOption.CREATE);
        FileSlackLedger ledger = new FileSlackLedger(folder, Duration.ofDays(7));
        assertThat(ledger.claim("msg:C1:old", "Ev0")).isTrue();
        assertThat(Files.readString(folder.resolve("events.log"))).doesNotContain("\t" + old);
    }

    @Test
    void answeredThreadsAreRemembered() {
        new FileSlackLedger(folder, Duration.ofDays(7)).rememberThread("C1", "1.1");
        FileSlackLedger restarted = new FileSlackLedger(folder, Duration.ofDays(7));
        assertThat(restarted.isAnsweredThread("C1", "1.1")).isTrue();
        assertThat(restarted.isAnsweredThread("C1", "2.2")).isFalse();
    }
}
