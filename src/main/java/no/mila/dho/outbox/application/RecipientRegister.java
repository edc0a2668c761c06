package no.mila.dho.outbox.application;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import no.mila.dho.outbox.domain.Recipient;
import no.mila.dho.outbox.domain.RecipientChange;
import no.mila.dho.outbox.domain.RecipientRules;
import no.mila.dho.outbox.persistence.RecipientRows;
import no.mila.dho.shared.problem.FieldViolation;
import no.mila.dho.shared.problem.ProblemException;
import no.mila.dho.shared.problem.ProblemType;

/**
 * The recipient register as data: entries are created, updated and deactivated (never deleted: messages refer to
 * them), each change with who made it and the entry before and after ({@code message_recipient_change}). A message is
 * resolved against the register at each delivery attempt, so a fixed entry takes effect on the next attempt or
 * resend.
 */
@ApplicationScoped
public class RecipientRegister {

    private final RecipientRows rows;
    private final DeliveryAttempt transports;
    private final ObjectMapper json;
    private final Clock clock;

    public RecipientRegister(RecipientRows rows, DeliveryAttempt transports, ObjectMapper json, Clock clock) {
        this.rows = rows;
        this.transports = transports;
        this.json = json;
        this.clock = clock;
    }

    public List<Recipient> all() {
        return rows.all();
    }

    public Recipient get(UUID id) {
        return rows.byId(id).orElseThrow(() -> ProblemException.notFound("Recipient " + id));
    }

    /** The entry's trail, oldest first. */
    public List<RecipientChange> changes(UUID id) {
        get(id);
        return rows.changes(id);
    }

    /** Adds an entry (active); 409 when the address already has one. */
    @Transactional
    public Recipient create(Recipient entry, String bySubject, String byName) {
        Recipient created = new Recipient(UUID.randomUUID(), entry.kind(), entry.key(), entry.name(), entry.herId(),
                entry.organisationNumber(), entry.transport(), entry.endpoint(), true);
        validate(created);
        if (rows.byAddress(created.address()).isPresent()) {
            throw new ProblemException(ProblemType.CONFLICT, "The register already has an entry for "
                    + created.kind() + " " + created.key());
        }
        rows.insert(created);
        rows.change(created.id(), "CREATED", null, write(created), clock.instant(), bySubject, byName);
        return created;
    }

    /** Overwrites an entry's fields (active or not, as given); 409 when it would take another entry's address. */
    @Transactional
    public Recipient update(UUID id, Recipient entry, String bySubject, String byName) {
        Recipient before = get(id);
        Recipient after = new Recipient(id, entry.kind(), entry.key(), entry.name(), entry.herId(),
                entry.organisationNumber(), entry.transport(), entry.endpoint(), entry.active());
        validate(after);
        rows.byAddress(after.address()).filter(other -> !other.id().equals(id)).ifPresent(other -> {
            throw new ProblemException(ProblemType.CONFLICT, "Another entry has the address " + after.kind() + " "
                    + after.key());
        });
        rows.update(after);
        rows.change(id, "UPDATED", write(before), write(after), clock.instant(), bySubject, byName);
        return after;
    }

    /** Deactivates an entry: messages to its address are not delivered (FAILED, no entry) until one is active. */
    @Transactional
    public Recipient deactivate(UUID id, String bySubject, String byName) {
        Recipient before = get(id);
        if (!before.active()) {
            throw new ProblemException(ProblemType.CONFLICT, "Recipient " + id + " is already inactive");
        }
        Recipient after = new Recipient(id, before.kind(), before.key(), before.name(), before.herId(),
                before.organisationNumber(), before.transport(), before.endpoint(), false);
        rows.update(after);
        rows.change(id, "DEACTIVATED", write(before), write(after), clock.instant(), bySubject, byName);
        return after;
    }

    private void validate(Recipient entry) {
        List<FieldViolation> violations = RecipientRules.violations(entry, transports.names());
        if (!violations.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION_FAILED, "The request has invalid fields", violations);
        }
    }

    private String write(Recipient entry) {
        try {
            return json.writeValueAsString(entry);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A register entry could not be written as JSON", e);
        }
    }
}
