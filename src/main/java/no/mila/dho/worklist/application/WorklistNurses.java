package no.mila.dho.worklist.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import no.mila.dho.alert.application.Nurses;
import no.mila.dho.alert.domain.HandlingStep;
import no.mila.dho.worklist.persistence.TrailStore;

/** The nurses the worklist knows: those who have taken a step on it as a nurse ({@link TrailStore}). */
@ApplicationScoped
public class WorklistNurses implements Nurses {

    private final TrailStore trails;

    public WorklistNurses(TrailStore trails) {
        this.trails = trails;
    }

    @Override
    public Optional<HandlingStep.Nurse> known(String subject) {
        return subject == null || subject.isBlank() ? Optional.empty() : trails.nurse(subject);
    }
}
