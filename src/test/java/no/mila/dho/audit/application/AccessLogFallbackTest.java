package no.mila.dho.audit.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import no.mila.dho.audit.domain.AccessAction;
import no.mila.dho.audit.domain.AccessLogEntry;
import no.mila.dho.audit.domain.AccessOutcome;
import no.mila.dho.audit.persistence.AccessLogInserts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AccessLogFallbackTest {

    @TempDir
    Path directory;

    private static AccessLogEntry entry(String requestId) {
        return new AccessLogEntry(UUID.randomUUID(), Instant.parse("2026-03-01T08:15:30.123456Z"),
                new AccessLogEntry.Actor("nurse-1", "Nora Sykepleier Ø", "nurse", "9100001", "3209"),
                UUID.randomUUID(), AccessAction.READ, "patient GET /api/patients/x", AccessOutcome.FAILED, 503,
                requestId);
    }

    /** Stands for the database: rows keyed by their id, as ON CONFLICT (entry_id) DO NOTHING keeps them. */
    private final Map<UUID, AccessLogEntry> database = new LinkedHashMap<>();

    private void store(List<AccessLogEntry> entries) {
        entries.forEach(e -> database.putIfAbsent(e.id(), e));
    }

    @Test
    void rows_written_while_the_database_is_down_are_read_back_exactly_as_written() throws Exception {
        AccessLogFallback fallback = new AccessLogFallback(directory.resolve("not-yet-created"));
        AccessLogEntry first = entry("req-1");
        AccessLogEntry second = new AccessLogEntry(UUID.randomUUID(), first.at(), AccessLogEntry.Actor.ANONYMOUS,
                null, AccessAction.SEARCH, "patients GET /api/patients", AccessOutcome.DENIED, 401, null);

        assertThat(fallback.append(first)).as("the first row of an outage opens a file").isTrue();
        assertThat(fallback.append(second)).isFalse();
        List<AccessLogEntry> replayed = new ArrayList<>();

        assertThat(fallback.drain(replayed::addAll)).isEqualTo(2);
        assertThat(replayed).containsExactly(first, second);
    }

    @Test
    void a_drained_file_is_deleted_so_a_second_replay_stores_nothing_more() throws Exception {
        AccessLogFallback fallback = new AccessLogFallback(directory);
        fallback.append(entry("req-1"));
        fallback.drain(this::store);

        assertThat(fallback.drain(this::store)).isZero();
        assertThat(database).hasSize(1);
        assertThat(files()).isEmpty();
    }

    @Test
    void a_replay_that_fails_keeps_the_file_and_the_next_one_stores_each_row_once() throws Exception {
        AccessLogFallback fallback = new AccessLogFallback(directory);
        fallback.append(entry("req-1"));
        fallback.append(entry("req-2"));

        assertThatThrownBy(() -> fallback.drain(entries -> {
            store(entries); // stored, but the answer was lost: the file must stay
            throw new AccessLogInserts.NotStored(new SQLException("Connection reset", "08006"));
        })).isInstanceOf(AccessLogInserts.NotStored.class);
        assertThat(files()).hasSize(1);
        fallback.append(entry("req-3"));

        assertThat(fallback.drain(this::store)).as("the kept rows are given again, with the new one").isEqualTo(3);
        assertThat(database.values()).extracting(AccessLogEntry::requestId).containsExactly("req-1", "req-2", "req-3");
        assertThat(files()).isEmpty();
    }

    @Test
    void a_line_torn_by_a_crash_is_skipped_and_the_rest_of_the_file_is_replayed() throws Exception {
        AccessLogFallback fallback = new AccessLogFallback(directory);
        AccessLogEntry whole = entry("req-1");
        fallback.append(whole);
        fallback.append(entry("req-torn"));
        Path file = files().get(0);
        String text = Files.readString(file);
        int cut = text.substring(0, text.lastIndexOf('Ø')).getBytes(StandardCharsets.UTF_8).length + 1;
        Files.write(file, Arrays.copyOf(Files.readAllBytes(file), cut), StandardOpenOption.TRUNCATE_EXISTING);
        // the file now ends inside the two bytes of the second Ø
        List<AccessLogEntry> replayed = new ArrayList<>();

        assertThat(fallback.drain(replayed::addAll)).isEqualTo(1);
        assertThat(replayed).containsExactly(whole);
    }

    @Test
    void an_empty_directory_or_none_at_all_replays_nothing() throws Exception {
        assertThat(new AccessLogFallback(directory.resolve("missing")).drain(this::store)).isZero();
        assertThat(new AccessLogFallback(directory).drain(this::store)).isZero();
    }

    private List<Path> files() throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.toList();
        }
    }
}
