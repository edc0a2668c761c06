package no.mila.dho.economics.api;

import java.time.LocalDate;
import java.util.UUID;
import no.mila.dho.economics.application.RecipientCounts;

/** A patient behind a count; {@code followedTo} null while the episode is open. */
public record CountedPatientView(UUID id, String name, String pathway, LocalDate followedFrom, LocalDate followedTo) {

    static CountedPatientView of(RecipientCounts.CountedPatient p) {
        return new CountedPatientView(p.patientId(), p.name(), p.pathway(), p.followedFrom(),
                p.followedTo().orElse(null));
    }
}
