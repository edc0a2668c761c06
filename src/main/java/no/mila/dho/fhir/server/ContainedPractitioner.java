package no.mila.dho.fhir.server;

import org.hl7.fhir.r4.model.Practitioner;

/** A person named in a resource as a contained {@code Practitioner}: its local id, the name, the HPR number if known. */
public final class ContainedPractitioner {

    private ContainedPractitioner() {
    }

    public static Practitioner of(String id, String name, String hpr) {
        Practitioner practitioner = new Practitioner();
        practitioner.setId(id);
        if (hpr != null) {
            practitioner.addIdentifier().setSystem(FhirSystems.HPR).setValue(hpr);
        }
        if (name != null) {
            practitioner.addName().setText(name);
        }
        return practitioner;
    }
}
