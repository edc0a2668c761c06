package no.mila.dho.threshold.domain;

/** Where a threshold change request stands. PROPOSED and ORDERED are open; the others are final. */
public enum ChangeStatus {
    PROPOSED, ORDERED, VERIFIED, REJECTED, WITHDRAWN;

    public boolean isOpen() {
        return this == PROPOSED || this == ORDERED;
    }
}
