package no.mila.dho.outbox.domain;

/**
 * Who a message goes to, and by which key the recipient register finds them: a GP by HPR number, a hospital
 * department by its code, a hospital by its code, home nursing and the coordinator by the municipality's
 * kommunenummer.
 */
public enum RecipientKind {
    GP, DEPARTMENT, HOSPITAL, HOME_NURSING, COORDINATOR
}
