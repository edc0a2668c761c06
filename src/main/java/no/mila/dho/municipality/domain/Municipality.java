package no.mila.dho.municipality.domain;

import java.time.LocalDate;

/** A municipality of the collaboration: a partner from {@code partnerSince}, until it is deactivated. */
public record Municipality(String number, String name, LocalDate partnerSince, boolean active,
                           LocalDate deactivatedOn) {
}
