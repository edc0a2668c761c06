package no.mila.dho.audit.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import no.mila.dho.audit.persistence.AccessLogEntity;

/** Writes access-log rows in a transaction of their own, so a rolled-back request is still logged. */
@ApplicationScoped
public class AccessLogWriter {

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void write(AccessLogEntity entry) {
        entry.persist();
    }
}
