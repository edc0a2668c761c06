package no.mila.dho.outbox.domain;

/**
 * Where a message stands: PENDING until delivered; DELIVERED once the receiver accepted it; FAILED when it kept
 * failing (a nurse sees it and may resend it: back to PENDING); WITHHELD when the patient's consent no longer allows
 * sharing with that recipient (never sent).
 */
public enum DeliveryState {
    PENDING, DELIVERED, FAILED, WITHHELD
}
