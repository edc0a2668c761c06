package no.mila.dho.outbox.application;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import no.mila.dho.outbox.domain.SharingParty;
import no.mila.dho.patient.application.ConsentRecords;

/**
 * The patient feature's consent in tests, except that a test may withdraw a patient's sharing with a party here
 * (ConsentRecords is not a normal-scoped bean, so QuarkusMock cannot replace it).
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class WithdrawableConsent implements SharingConsent {

    private final ConsentRecords records;
    private final Set<String> withdrawn = ConcurrentHashMap.newKeySet();

    public WithdrawableConsent(ConsentRecords records) {
        this.records = records;
    }

    public void withdraw(UUID patientId, SharingParty party) {
        withdrawn.add(patientId + "/" + party);
    }

    @Override
    public boolean allows(UUID patientId, SharingParty party) {
        return !withdrawn.contains(patientId + "/" + party) && records.allows(patientId, party);
    }
}
