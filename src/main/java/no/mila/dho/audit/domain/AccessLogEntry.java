package no.mila.dho.audit.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * One access to a patient's data, as the request that made it records it. The {@code id} is given at the
 * request, so that a row written late (replayed from the local fallback) is stored once, never twice.
 */
public record AccessLogEntry(UUID id, Instant at, Actor actor, UUID patientId, AccessAction action, String resource,
                             AccessOutcome outcome, int httpStatus, String requestId) {

    /** Who made the request, from the access token. */
    public record Actor(String subject, String name, String role, String hpr, String municipality) {

        public static final Actor ANONYMOUS = new Actor("anonymous", null, null, null, null);
    }
}
