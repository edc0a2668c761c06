package no.mila.dho.patient.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * A patient's GP and responsible physician, set or changed together; both are sent (null clears one), with the
 * {@code version} of the patient that was read.
 */
public record PhysiciansRequest(@Valid PatientRequest.Clinician gp,
                                @Valid PatientRequest.ResponsiblePhysician responsiblePhysician,
                                @NotNull Long version) {
}
