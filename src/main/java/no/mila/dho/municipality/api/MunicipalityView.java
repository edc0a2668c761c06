package no.mila.dho.municipality.api;

import java.time.LocalDate;
import no.mila.dho.municipality.domain.Municipality;

/** A municipality as the API shows it. */
public record MunicipalityView(String number, String name, LocalDate partnerSince, boolean active,
                               LocalDate deactivatedOn) {

    static MunicipalityView of(Municipality m) {
        return new MunicipalityView(m.number(), m.name(), m.partnerSince(), m.active(), m.deactivatedOn());
    }
}
