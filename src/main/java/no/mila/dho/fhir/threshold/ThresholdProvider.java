package no.mila.dho.fhir.threshold;

import ca.uhn.fhir.rest.annotation.History;
import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.RequiredParam;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.UUID;
import no.mila.dho.fhir.server.FhirHistory;
import no.mila.dho.fhir.server.FhirPatientGate;
import no.mila.dho.threshold.application.ThresholdHistory;
import no.mila.dho.threshold.application.ThresholdVersion;
import org.hl7.fhir.r4.model.Basic;
import org.hl7.fhir.r4.model.IdType;

/**
 * A patient's thresholds as {@code Basic} ({@link ThresholdMapping}): {@code Basic/<patient>} is the version in force,
 * {@code Basic/<patient>/_history} every version (newest first), {@code Basic/<patient>/_history/<n>} version n;
 * {@code Basic?patient=<id>} the version in force. Versions are immutable: a change is a new version, made only by a
 * physician's order and a second person's verification (the threshold feature).
 */
@Singleton
public class ThresholdProvider implements IResourceProvider {

    private final ThresholdHistory history;
    private final FhirPatientGate gate;

    public ThresholdProvider(ThresholdHistory history, FhirPatientGate gate) {
        this.history = history;
        this.gate = gate;
    }

    @Override
    public Class<Basic> getResourceType() {
        return Basic.class;
    }

    @Read(version = true)
    public Basic read(@IdParam IdType id) {
        List<ThresholdVersion> versions = versionsOf(id);
        if (id.hasVersionIdPart()) {
            return versions.stream().filter(v -> String.valueOf(v.set().versionNo()).equals(id.getVersionIdPart()))
                    .findFirst().map(ThresholdMapping::toFhir)
                    .orElseThrow(() -> FhirPatientGate.notFound("Basic/" + id.getIdPart() + "/_history/"
                            + id.getVersionIdPart()));
        }
        return ThresholdMapping.toFhir(versions.get(0));
    }

    @History
    public List<Basic> versions(@IdParam IdType id) {
        return versionsOf(id).stream()
                .map(v -> FhirHistory.entry(ThresholdMapping.toFhir(v), v.set().versionNo())).toList();
    }

    @Search
    public List<Basic> inForce(@RequiredParam(name = "patient") ReferenceParam patient) {
        return gate.visible(patient).map(id -> history.of(id)).filter(v -> !v.isEmpty())
                .map(v -> List.of(ThresholdMapping.toFhir(v.get(0)))).orElse(List.of());
    }

    private List<ThresholdVersion> versionsOf(IdType id) {
        UUID patient = gate.requireClinical(id.getIdPart());
        List<ThresholdVersion> versions = history.of(patient);
        if (versions.isEmpty()) {
            throw FhirPatientGate.notFound("Basic/" + id.getIdPart());
        }
        return versions;
    }
}
