package no.mila.dho.outbox.domain;

import java.time.Instant;

/** One line of the register's trail: CREATED, UPDATED or DEACTIVATED, the entry before and after (JSON), who, when. */
public record RecipientChange(String change, String beforeJson, String afterJson, Instant at, String by) {
}
