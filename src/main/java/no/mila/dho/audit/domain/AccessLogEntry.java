package no.mila.dho.audit.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * One access to a patient's data, as the request that made it records it. The {@code id} is given at the
 * request, so that a row written late (replayed from the local fallback) is stored once, never twice. Every text
 * is made storable here (control characters such as NUL from a request path shown as U+FFFD, cut to its
 * column's length), so that no request can make its own access unloggable. {@code reason} says why an access was
 * allowed when the caller's role alone does not explain it (e.g. a specialist seeing a patient brought up for their
 * department's meeting), else null.
 */
public record AccessLogEntry(UUID id, Instant at, Actor actor, UUID patientId, AccessAction action, String resource,
                             AccessOutcome outcome, int httpStatus, String requestId, String reason) {

    public AccessLogEntry {
        resource = storable(resource, 300);
        requestId = storable(requestId, 128);
        reason = storable(reason, 200);
    }

    /** An access the caller's role explains by itself (no reason). */
    public AccessLogEntry(UUID id, Instant at, Actor actor, UUID patientId, AccessAction action, String resource,
                          AccessOutcome outcome, int httpStatus, String requestId) {
        this(id, at, actor, patientId, action, resource, outcome, httpStatus, requestId, null);
    }

    /** Who made the request, from the access token. */
    public record Actor(String subject, String name, String role, String hpr, String municipality) {

        public static final Actor ANONYMOUS = new Actor("anonymous", null, null, null, null);

        public Actor {
            subject = storable(subject, 255);
            name = storable(name, 200);
            role = storable(role, 40);
            hpr = storable(hpr, 9);
        }
    }

    /** {@code text} without control characters and at most {@code max} characters long. */
    static String storable(String text, int max) {
        if (text == null) {
            return null;
        }
        String clean = text.codePoints().map(c -> Character.isISOControl(c) ? 0xFFFD : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return clean.length() <= max ? clean : clean.substring(0, max);
    }
}
