package no.mila.dho.messaging.application;

import java.util.UUID;

/**
 * One side of a patient's threads, resolved through {@code PatientAccess}: the patient themselves, or the follow-up
 * service (a nurse who may see the patient). Only {@link MessageThreads} makes them.
 */
public record Party(UUID patientId, boolean patient) {
}
