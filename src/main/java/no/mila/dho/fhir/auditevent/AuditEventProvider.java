package no.mila.dho.fhir.auditevent;

import ca.uhn.fhir.rest.annotation.Count;
import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.Offset;
import ca.uhn.fhir.rest.annotation.OptionalParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.api.server.IBundleProvider;
import ca.uhn.fhir.rest.param.DateParam;
import ca.uhn.fhir.rest.param.DateRangeParam;
import ca.uhn.fhir.rest.param.ParamPrefixEnum;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Date;
import java.util.EnumSet;
import java.util.Set;
import java.util.Optional;
import java.util.UUID;
import no.mila.dho.audit.application.AccessLogSearch;
import no.mila.dho.audit.application.AuditedAccess;
import no.mila.dho.fhir.server.FhirErrors;
import no.mila.dho.fhir.server.FhirPage;
import no.mila.dho.fhir.server.FhirPatientGate;
import org.hl7.fhir.r4.model.AuditEvent;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.OperationOutcome;

/**
 * {@code AuditEvent}: the access log of a patient, one event per row (IHE BALP), newest first; for the follow-up
 * service's nurses and the patient (their own log; roles in {@code FhirRoles}). Search by {@code patient} (or
 * {@code entity}, a Patient) and {@code date} (ge, gt, le, lt, eq on {@code recorded}). A read by the row's id shows
 * it only to who may see the row's patient (404 otherwise, and for a row of no patient). The search itself is logged
 * after it is answered, so its own row is on the next search, not on this one.
 */
@Singleton
public class AuditEventProvider implements IResourceProvider {

    private static final Set<ParamPrefixEnum> SUPPORTED = EnumSet.of(ParamPrefixEnum.EQUAL,
            ParamPrefixEnum.GREATERTHAN, ParamPrefixEnum.GREATERTHAN_OR_EQUALS, ParamPrefixEnum.LESSTHAN,
            ParamPrefixEnum.LESSTHAN_OR_EQUALS);

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
        requireRangePrefixes(date);
        Instant from = bound(date == null ? null : date.getLowerBoundAsInstant());
        Instant to = bound(date == null ? null : date.getUpperBoundAsInstant());
        Optional<UUID> visible = gate.visible(patient != null ? patient : entity);
        if (visible.isEmpty()) {
            return page.empty();
        }
        AccessLogSearch.Slice slice = log.ofPatient(visible.get(), from, to, page.offset(), page.count());
        return page.bundle(slice.rows().stream().map(AuditEventMapping::toFhir).toList(), slice.total());
    }

    /** {@code date} takes eq, ge, gt, le and lt; ne, sa, eb and ap would be answered wrongly, so they are 400. */
    private static void requireRangePrefixes(DateRangeParam date) {
        if (date == null) {
            return;
        }
        for (DateParam bound : java.util.Arrays.asList(date.getLowerBound(), date.getUpperBound())) {
            if (bound != null && bound.getPrefix() != null && !SUPPORTED.contains(bound.getPrefix())) {
                String text = "date: the prefix " + bound.getPrefix().getValue() + " is not supported (eq, ge, gt, le, lt)";
                InvalidRequestException e = new InvalidRequestException(text);
                e.setOperationOutcome(FhirErrors.issue(new OperationOutcome(), OperationOutcome.IssueType.NOTSUPPORTED,
                        text, "AuditEvent.recorded"));
                throw e;
            }
        }
    }

    private static Instant bound(Date date) {
        return date == null ? null : date.toInstant();
    }
}
