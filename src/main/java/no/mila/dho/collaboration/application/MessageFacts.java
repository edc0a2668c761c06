package no.mila.dho.collaboration.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.mila.dho.collaboration.domain.MessagePatient;
import no.mila.dho.measurement.application.MeasurementQueries;
import no.mila.dho.patient.application.PatientParties;
import no.mila.dho.patient.application.PatientQueries;
import no.mila.dho.patient.application.ReferenceData;
import no.mila.dho.shared.time.ClockProducer;
import no.mila.dho.threshold.application.StoredThresholdSet;
import no.mila.dho.threshold.application.ThresholdService;

/**
 * What the messages need from the other features, read in the event's transaction without access checks (the event
 * itself was checked): the patient's parties, Norwegian names of pathways and departments, the thresholds in force,
 * the ids of measured values.
 */
@ApplicationScoped
class MessageFacts {

    private final PatientQueries patients;
    private final ReferenceData reference;
    private final ThresholdService thresholds;
    private final MeasurementQueries measurements;

    MessageFacts(PatientQueries patients, ReferenceData reference, ThresholdService thresholds,
                 MeasurementQueries measurements) {
        this.patients = patients;
        this.reference = reference;
        this.thresholds = thresholds;
        this.measurements = measurements;
    }

    PatientParties parties(UUID patientId) {
        return patients.partiesOf(patientId);
    }

    static MessagePatient patient(PatientParties p) {
        return new MessagePatient(p.nationalId(), p.name());
    }

    /** The pathway's Norwegian name, e.g. "KOLS" (its code when unknown). */
    String pathwayName(String code) {
        return reference.pathways().stream().filter(p -> p.code().equals(code)).map(ReferenceData.Pathway::nameNb)
                .findFirst().orElse(code);
    }

    /** The department's name (its code when unknown), or null for none. */
    String departmentName(String code) {
        if (code == null) {
            return null;
        }
        return reference.departments().stream().filter(d -> d.code().equals(code))
                .map(ReferenceData.Department::name).findFirst().orElse(code);
    }

    /** The patient's thresholds in force (there is a version from allocation on). */
    StoredThresholdSet thresholdsInForce(UUID patientId) {
        return thresholds.inForceVersion(patientId).orElseThrow(() -> new IllegalStateException(
                "Patient " + patientId + " is allocated but has no thresholds in force"));
    }

    /** The ids of the patient's valid values measured on the days [from, to) in Norway. */
    List<UUID> measurementIds(UUID patientId, LocalDate from, LocalDate to) {
        return measurements.validIdsMeasured(patientId, from.atStartOfDay(ClockProducer.OSLO).toInstant(),
                to.atStartOfDay(ClockProducer.OSLO).toInstant());
    }
}
