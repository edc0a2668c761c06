package no.mila.dho.fhir.message;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.mila.dho.fhir.observation.ObservationMapping;
import no.mila.dho.measurement.application.ObservationReads;
import no.mila.dho.measurement.application.ObservationRecord;
import no.mila.dho.measurement.application.ThresholdLimits;
import org.hl7.fhir.r4.model.Observation;

/**
 * The measurements a message carries ({@code "measurementIds"} of its payload) as Observations, each once (a
 * diastolic is part of its systolic's blood-pressure Observation); an id no longer found is left out.
 */
@ApplicationScoped
class MessageObservations {

    private final ObservationReads reads;
    private final ThresholdLimits limits;
    private final ObjectMapper json;

    MessageObservations(ObservationReads reads, ThresholdLimits limits, ObjectMapper json) {
        this.reads = reads;
        this.limits = limits;
        this.json = json;
    }

    List<Observation> of(String payloadJson) {
        Map<UUID, ObservationRecord> records = new LinkedHashMap<>();
        for (UUID id : measurementIds(payloadJson)) {
            reads.byId(id).ifPresent(found -> {
                if (found.panelId() == null) {
                    records.putIfAbsent(found.record().value().id(), found.record());
                } else {
                    reads.byId(found.panelId()).ifPresent(panel ->
                            records.putIfAbsent(panel.record().value().id(), panel.record()));
                }
            });
        }
        List<Observation> observations = new ArrayList<>();
        records.values().forEach(r -> observations.add(ObservationMapping.toFhir(r, limits.of(r.thresholdSetId()))));
        return observations;
    }

    private List<UUID> measurementIds(String payloadJson) {
        try {
            JsonNode ids = json.readTree(payloadJson).path("measurementIds");
            List<UUID> result = new ArrayList<>();
            ids.forEach(node -> result.add(UUID.fromString(node.asText())));
            return result;
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalStateException("The payload's measurementIds are not a list of ids", e);
        }
    }
}
