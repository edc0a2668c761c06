package no.mila.dho.fhir.observation;

import ca.uhn.fhir.rest.annotation.Count;
import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.Offset;
import ca.uhn.fhir.rest.annotation.OptionalParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.annotation.Sort;
import ca.uhn.fhir.rest.api.Constants;
import ca.uhn.fhir.rest.api.SortOrderEnum;
import ca.uhn.fhir.rest.api.SortSpec;
import ca.uhn.fhir.rest.api.server.IBundleProvider;
import ca.uhn.fhir.rest.param.DateRangeParam;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.param.TokenOrListParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import no.mila.dho.fhir.server.FhirPage;
import no.mila.dho.fhir.server.FhirPatientGate;
import no.mila.dho.measurement.application.ObservationReads;
import no.mila.dho.measurement.application.ObservationRecord;
import no.mila.dho.measurement.application.ObservationSearch;
import no.mila.dho.measurement.application.ThresholdLimits;
import no.mila.dho.measurement.domain.Limits;
import no.mila.dho.measurement.domain.MeasurementType;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Observation;

/**
 * {@code Observation}: the home measurements as vital signs ({@link ObservationMapping}), read by id and searched by
 * {@code patient} (or {@code subject}), {@code code}, {@code date} (measured), {@code category}, {@code _lastUpdated},
 * {@code _sort} ({@code date} or {@code -date}; newest first unless asked) and {@code _count}/{@code _offset}. A
 * search is one query for the page and one for the total; the limits of the threshold versions come from the
 * threshold feature's cache. Other parameters are refused by HAPI (400).
 */
@Singleton
public class ObservationProvider implements IResourceProvider {

    private final ObservationReads reads;
    private final ThresholdLimits limits;
    private final FhirPatientGate gate;

    public ObservationProvider(ObservationReads reads, ThresholdLimits limits, FhirPatientGate gate) {
        this.reads = reads;
        this.limits = limits;
        this.gate = gate;
    }

    @Override
    public Class<Observation> getResourceType() {
        return Observation.class;
    }

    /** One Observation; 404 for a value of a patient the caller may not see, and for a diastolic (see the mapping). */
    @Read
    public Observation read(@IdParam IdType id) {
        UUID measurementId = FhirPatientGate.requireUuid(id);
        ObservationReads.Found found = reads.byId(measurementId)
                .orElseThrow(() -> FhirPatientGate.notFound("Observation/" + id.getIdPart()));
        gate.requireClinical(found.record().patientId().toString());
        if (found.panelId() != null) {
            throw new ResourceNotFoundException("Observation/" + id.getIdPart() + " is no Observation of its own: the "
                    + "diastolic pressure is a component of the blood pressure panel Observation/" + found.panelId());
        }
        return toFhir(found.record());
    }

    @Search
    public IBundleProvider search(@OptionalParam(name = Observation.SP_PATIENT) ReferenceParam patient,
                                  @OptionalParam(name = Observation.SP_SUBJECT) ReferenceParam subject,
                                  @OptionalParam(name = Observation.SP_CODE) TokenOrListParam code,
                                  @OptionalParam(name = Observation.SP_DATE) DateRangeParam date,
                                  @OptionalParam(name = Observation.SP_CATEGORY) TokenOrListParam category,
                                  @OptionalParam(name = Constants.PARAM_LASTUPDATED) DateRangeParam lastUpdated,
                                  @Sort SortSpec sort, @Offset Integer offset, @Count Integer count) {
        return find(patient, subject, code, date, category, lastUpdated, sort, FhirPage.of(offset, count));
    }

    private IBundleProvider find(ReferenceParam patient, ReferenceParam subject, TokenOrListParam code,
                                 DateRangeParam date, TokenOrListParam category, DateRangeParam lastUpdated,
                                 SortSpec sort, FhirPage page) {
        if (patient != null && subject != null && !patient.getIdPart().equals(subject.getIdPart())) {
            throw new InvalidRequestException("patient and subject name different patients");
        }
        boolean oldestFirst = oldestFirst(sort);
        DateBounds measured = DateBounds.of(date, "date");
        DateBounds updated = DateBounds.of(lastUpdated, "_lastUpdated");
        Optional<UUID> visible = gate.visible(patient != null ? patient : subject);
        java.util.Set<MeasurementType> types = ObservationQuery.types(code, category);
        if (visible.isEmpty() || types.isEmpty()) {
            return page.empty();
        }
        ObservationSearch search = new ObservationSearch(visible.get(), types, measured.from(), measured.before(),
                updated.from(), updated.before(), oldestFirst, page.offset(), page.count());
        long total = reads.count(search);
        // the limits of each threshold version once per page (a page is mostly one or two versions)
        Map<UUID, Map<MeasurementType, Limits>> versions = new HashMap<>();
        List<Observation> resources = page.count() == 0 || page.offset() >= total ? List.of()
                : reads.page(search).stream().map(r -> toFhir(r, versions)).toList();
        return page.bundle(resources, total);
    }

    private Observation toFhir(ObservationRecord record, Map<UUID, Map<MeasurementType, Limits>> versions) {
        if (record.thresholdSetId() == null) {
            return ObservationMapping.toFhir(record, Map.of());
        }
        return ObservationMapping.toFhir(record, versions.computeIfAbsent(record.thresholdSetId(), limits::of));
    }

    private Observation toFhir(ObservationRecord record) {
        return ObservationMapping.toFhir(record, record.thresholdSetId() == null ? java.util.Map.of()
                : limits.of(record.thresholdSetId()));
    }

    private static boolean oldestFirst(SortSpec sort) {
        if (sort == null) {
            return false;
        }
        if (sort.getChain() != null || !Observation.SP_DATE.equals(sort.getParamName())) {
            throw new InvalidRequestException("_sort: only date and -date are supported");
        }
        return sort.getOrder() != SortOrderEnum.DESC;
    }
}
