package no.mila.dho.fhir.careplan;

import ca.uhn.fhir.model.api.ResourceMetadataKeyEnum;
import ca.uhn.fhir.model.valueset.BundleEntryTransactionMethodEnum;
import ca.uhn.fhir.rest.annotation.Count;
import ca.uhn.fhir.rest.annotation.History;
import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.Offset;
import ca.uhn.fhir.rest.annotation.OptionalParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.api.server.IBundleProvider;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.param.TokenOrListParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import no.mila.dho.fhir.server.FhirPage;
import no.mila.dho.fhir.server.FhirPatientGate;
import no.mila.dho.plan.application.PlanHistory;
import no.mila.dho.plan.application.PlanRecord;
import no.mila.dho.plan.domain.PlanStatus;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.IdType;

/**
 * {@code CarePlan}: the patient's self-management plan. One CarePlan per patient (its id is the patient's id); its
 * versions are the plan's stored versions ({@code _history}, {@code vread}). A read and a search give the version in
 * force (the approved, active one), or the draft while no version has been approved: a draft being worked on next
 * to the plan in force is a newer version in the history, never taken for the plan itself. Search by
 * {@code patient} (or {@code subject}) and {@code status}.
 */
@Singleton
public class CarePlanProvider implements IResourceProvider {

    private final FhirPatientGate gate;
    private final PlanHistory plans;

    public CarePlanProvider(FhirPatientGate gate, PlanHistory plans) {
        this.gate = gate;
        this.plans = plans;
    }

    @Override
    public Class<CarePlan> getResourceType() {
        return CarePlan.class;
    }

    /** {@code CarePlan/<id>} (the version in force) and {@code CarePlan/<id>/_history/<versionNo>}. */
    @Read(version = true)
    public CarePlan read(@IdParam IdType id) {
        UUID patient = gate.requireClinical(id.getIdPart());
        List<PlanRecord> versions = plans.versionsOf(patient);
        if (id.hasVersionIdPart()) {
            return versions.stream().filter(v -> String.valueOf(v.plan().versionNo()).equals(id.getVersionIdPart()))
                    .findFirst().map(CarePlanMapping::toFhir)
                    .orElseThrow(() -> FhirPatientGate.notFound("CarePlan/" + id.getIdPart() + "/_history/"
                            + id.getVersionIdPart()));
        }
        return current(versions).map(CarePlanMapping::toFhir)
                .orElseThrow(() -> FhirPatientGate.notFound("CarePlan/" + id.getIdPart()));
    }

    /** Every version of the plan, newest first (discarded drafts are not versions of it). */
    @History
    public List<CarePlan> history(@IdParam IdType id) {
        UUID patient = gate.requireClinical(id.getIdPart());
        List<PlanRecord> versions = plans.versionsOf(patient);
        if (versions.isEmpty()) {
            throw FhirPatientGate.notFound("CarePlan/" + id.getIdPart());
        }
        int first = versions.get(versions.size() - 1).plan().versionNo();
        return versions.stream().map(v -> {
            CarePlan plan = CarePlanMapping.toFhir(v);
            ResourceMetadataKeyEnum.ENTRY_TRANSACTION_METHOD.put(plan, v.plan().versionNo() == first
                    ? BundleEntryTransactionMethodEnum.POST : BundleEntryTransactionMethodEnum.PUT);
            return plan;
        }).toList();
    }

    /** {@code patient} (or {@code subject}; a patient may leave it out) and {@code status} (any, when left out). */
    @Search
    public IBundleProvider search(@OptionalParam(name = CarePlan.SP_PATIENT) ReferenceParam patient,
                                  @OptionalParam(name = CarePlan.SP_SUBJECT) ReferenceParam subject,
                                  @OptionalParam(name = CarePlan.SP_STATUS) TokenOrListParam status,
                                  @Offset Integer offset, @Count Integer count) {
        FhirPage page = FhirPage.of(offset, count);
        Set<CarePlan.CarePlanStatus> wanted = CarePlanStatuses.of(status);
        Optional<UUID> visible = gate.visible(patient != null ? patient : subject);
        if (visible.isEmpty()) {
            return page.empty();
        }
        List<CarePlan> found = current(plans.versionsOf(visible.get())).map(CarePlanMapping::toFhir)
                .filter(p -> wanted.isEmpty() || wanted.contains(p.getStatus())).stream().toList();
        return page.bundle(page.offset() == 0 && page.count() > 0 ? found : List.of(), found.size());
    }

    /** The version in force, or else the newest (a draft: no version approved yet). */
    static Optional<PlanRecord> current(List<PlanRecord> newestFirst) {
        return newestFirst.stream().filter(v -> v.plan().status() == PlanStatus.ACTIVE).findFirst()
                .or(() -> newestFirst.stream().findFirst());
    }
}
