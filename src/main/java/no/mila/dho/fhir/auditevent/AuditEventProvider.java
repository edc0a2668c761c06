package no.mila.dho.fhir.auditevent;

import ca.uhn.fhir.rest.annotation.Count;
import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.Offset;
import ca.uhn.fhir.rest.annotation.OptionalParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.api.server.IBundleProvider;
import ca.uhn.fhir.rest.param.DateRangeParam;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import java.util.UUID;
import no.mila.dho.audit.application.AccessLogSearch;
import no.mila.dho.audit.application.AuditedAccess;
import no.mila.dho.fhir.server.FhirPage;
import no.mila.dho.fhir.server.FhirPatientGate;
import org.hl7.fhir.r4.model.AuditEvent;
import org.hl7.fhir.r4.model.IdType;

/**
 * {@code AuditEvent}: the access log of a patient, one event per row (IHE BALP), newest first; for the follow-up
 * service's nurses and the patient (their own log; roles in {@code FhirRoles}). Search by {@code patient} (or
 * {@code entity}, a Patient) and {@code date} (ge, gt, le, lt, eq on {@code recorded}). A read by the row's id shows
 * it only to who may see the row's patient (404 otherwise, and for a row of no patient). The search itself is logged
 * after it is answered, so its own row is on the next search, not on this one.
 */
@Singleton
public class AuditEventProvider implements IResourceProvider {

    private final FhirPatientGate gate;
    private final AccessLogSearch log;

    public AuditEventProvider(FhirPatientGate gate, AccessLogSearch log) {
        this.gate = gate;
        this.log = log;
    }

    @Override
    public Class<AuditEvent> getResourceType() {
        return AuditEvent.class;
    }

    @Read
    public AuditEvent read(@IdParam IdType id) {
        UUID entry = FhirPatientGate.requireUuid(id);
        AuditedAccess row = log.byEntryId(entry).filter(r -> r.patientId() != null)
                .orElseThrow(() -> FhirPatientGate.notFound("AuditEvent/" + id.getIdPart()));
        gate.requireClinical(row.patientId().toString());
        return AuditEventMapping.toFhir(row);
    }

    @Search
    public IBundleProvider search(@OptionalParam(name = AuditEvent.SP_PATIENT) ReferenceParam patient,
                                  @OptionalParam(name = AuditEvent.SP_ENTITY) ReferenceParam entity,
                                  @OptionalParam(name = AuditEvent.SP_DATE) DateRangeParam date,
                                  @Offset Integer offset, @Count Integer count) {
        FhirPage page = FhirPage.of(offset, count);
        Instant from = bound(date == null ? null : date.getLowerBoundAsInstant());
        Instant to = bound(date == null ? null : date.getUpperBoundAsInstant());
        Optional<UUID> visible = gate.visible(patient != null ? patient : entity);
        if (visible.isEmpty()) {
            return page.empty();
        }
        AccessLogSearch.Slice slice = log.ofPatient(visible.get(), from, to, page.offset(), page.count());
        return page.bundle(slice.rows().stream().map(AuditEventMapping::toFhir).toList(), slice.total());
    }

    private static Instant bound(Date date) {
        return date == null ? null : date.toInstant();
    }
}
