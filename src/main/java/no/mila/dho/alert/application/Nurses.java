package no.mila.dho.alert.application;

import java.util.Optional;
import no.mila.dho.alert.domain.HandlingStep;

/**
 * The nurses of the follow-up service an item can be reassigned to. The service keeps no staff register (people are
 * in Keycloak): the nurses known are those who have taken a step on the worklist as a nurse, by the name they last
 * did it under. The worklist keeps that trail and implements this.
 */
public interface Nurses {

    /** The nurse with the token subject {@code subject}, if the worklist knows them. */
    Optional<HandlingStep.Nurse> known(String subject);
}
