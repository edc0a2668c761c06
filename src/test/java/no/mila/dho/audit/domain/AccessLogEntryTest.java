package no.mila.dho.audit.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AccessLogEntryTest {

    @Test
    void a_nul_character_in_the_request_path_is_stored_visibly_instead_of_making_the_row_unwritable() {
        AccessLogEntry entry = new AccessLogEntry(UUID.randomUUID(), Instant.EPOCH, AccessLogEntry.Actor.ANONYMOUS, null,
                AccessAction.READ, "patient GET /api/patients/\u0000", AccessOutcome.DENIED, 400, "r\u0000");
        assertThat(entry.resource()).isEqualTo("patient GET /api/patients/\uFFFD");
        assertThat(entry.requestId()).isEqualTo("r\uFFFD");
    }

    @Test
    void texts_longer_than_their_column_are_cut_to_it() {
        AccessLogEntry.Actor actor = new AccessLogEntry.Actor("s".repeat(300), "n".repeat(300), "r".repeat(50),
                "1234567890", "3209");
        assertThat(actor.subject()).hasSize(255);
        assertThat(actor.name()).hasSize(200);
        assertThat(actor.role()).hasSize(40);
        assertThat(actor.hpr()).hasSize(9);
    }
}
