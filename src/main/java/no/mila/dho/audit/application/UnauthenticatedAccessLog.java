package no.mila.dho.audit.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.mila.dho.audit.domain.AccessAction;
import no.mila.dho.audit.domain.AccessLogEntry;
import no.mila.dho.audit.domain.AccessOutcome;
import no.mila.dho.shared.web.UnauthenticatedRequest;

/**
 * An unauthenticated attempt on a patient's data ({@code /api/patients/{id}/...}), refused with 401 before any
 * resource ran, is logged like every other refusal: one DENIED row for the anonymous caller (called on a worker
 * thread by the web edge, before the 401 is answered).
 */
@ApplicationScoped
public class UnauthenticatedAccessLog {

    private static final Pattern PATIENT_PATH = Pattern.compile("^/api/patients/([0-9a-fA-F-]{36})(/.*)?$");

    private final AccessLogWriter writer;
    private final Clock clock;

    public UnauthenticatedAccessLog(AccessLogWriter writer, Clock clock) {
        this.writer = writer;
        this.clock = clock;
    }

    void onRefused(@Observes UnauthenticatedRequest request) {
        patientOf(request.path()).ifPresent(patient -> writer.write(new AccessLogEntry(UUID.randomUUID(), clock.instant(),
                AccessLogEntry.Actor.ANONYMOUS, patient, action(request.method()),
                "unauthenticated " + request.method() + " " + request.path(), AccessOutcome.DENIED, 401,
                request.requestId())));
    }

    static Optional<UUID> patientOf(String path) {
        Matcher m = PATIENT_PATH.matcher(path);
        try {
            return m.matches() ? Optional.of(UUID.fromString(m.group(1))) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static AccessAction action(String method) {
        return switch (method) {
            case "POST" -> AccessAction.CREATE;
            case "PUT", "PATCH", "DELETE" -> AccessAction.UPDATE;
            default -> AccessAction.READ;
        };
    }
}
