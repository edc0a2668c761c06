package no.mila.dho.fhir.flag;

import ca.uhn.fhir.rest.annotation.Count;
import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.Offset;
import ca.uhn.fhir.rest.annotation.OptionalParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.api.server.IBundleProvider;
import ca.uhn.fhir.rest.param.DateRangeParam;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.param.TokenOrListParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import jakarta.inject.Singleton;
import java.util.Date;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import no.mila.dho.alert.application.AlertReads;
import no.mila.dho.fhir.server.FhirPage;
import no.mila.dho.fhir.server.FhirPatientGate;
import org.hl7.fhir.r4.model.Flag;
import org.hl7.fhir.r4.model.IdType;

/**
 * {@code Flag}: one per alert. Read by id (the alert's id); search a patient's Flags ({@code patient} or
 * {@code subject}), by default the open ones ({@code status=active}; {@code status=inactive} the closed, both with
 * {@code status=active,inactive}), optionally {@code date} (the period the alert was open overlaps: {@code ge} the
 * alert was not closed before, {@code le} it came before), paged with {@code _count} and {@code _offset}. The order
 * is the worklist's: the worst first (red, yellow, green), within a zone the newest first.
 */
@Singleton
public class FlagProvider implements IResourceProvider {

    private final AlertReads alerts;
    private final FhirPatientGate gate;

    public FlagProvider(AlertReads alerts, FhirPatientGate gate) {
        this.alerts = alerts;
        this.gate = gate;
    }

    @Override
    public Class<Flag> getResourceType() {
        return Flag.class;
    }

    @Read
    public Flag read(@IdParam IdType id) {
        UUID alertId = FhirPatientGate.requireUuid(id);
        AlertReads.Alert alert = alerts.byId(alertId)
                .orElseThrow(() -> FhirPatientGate.notFound("Flag/" + id.getIdPart()));
        gate.requireClinical(alert.patientId().toString());
        return FlagMapping.toFhir(alert);
    }

    @Search
    public IBundleProvider search(@OptionalParam(name = Flag.SP_PATIENT) ReferenceParam patient,
                                  @OptionalParam(name = Flag.SP_SUBJECT) ReferenceParam subject,
                                  @OptionalParam(name = "status") TokenOrListParam status,
                                  @OptionalParam(name = Flag.SP_DATE) DateRangeParam date,
                                  @Offset Integer offset, @Count Integer count) {
        FhirPage page = FhirPage.of(offset, count);
        if (patient != null && subject != null && !Objects.equals(patient.getIdPart(), subject.getIdPart())) {
            throw FlagStatuses.invalid("subject", "patient and subject name different patients: give one of them");
        }
        var statuses = FlagStatuses.of(status);
        Optional<UUID> visible = gate.visible(patient != null ? patient : subject);
        if (visible.isEmpty()) {
            return page.empty();
        }
        AlertReads.Filter filter = new AlertReads.Filter(visible.get(), statuses,
                date == null ? null : instant(date.getLowerBoundAsInstant()),
                date == null ? null : instant(date.getUpperBoundAsInstant()));
        AlertReads.Page found = alerts.page(filter, AlertReads.Order.WORST_NEWEST, page.offset(), page.count());
        return page.bundle(found.alerts().stream().map(FlagMapping::toFhir).toList(), found.total());
    }

    private static java.time.Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
