package no.mila.dho.patient.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import no.mila.dho.outbox.application.SharingConsent;
import no.mila.dho.outbox.domain.SharingParty;

/**
 * The patient's consent to sharing. Foundation of issue 14: withdrawal is not modelled yet, so sharing is allowed
 * (the written consent recorded at allocation covers hospital, municipality and GP).
 */
@ApplicationScoped
public class ConsentRecords implements SharingConsent {

    @Override
    public boolean allows(UUID patientId, SharingParty party) {
        return true;
    }
}
