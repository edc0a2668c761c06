package no.mila.dho.demo;

import java.util.List;
import java.util.stream.Stream;
import no.mila.dho.patient.domain.EpisodeState;

/**
 * A demo patient: a synthetic national identity number (month + 80), the pathway they were referred to
 * {@code referredDaysAgo} days ago (allocated the same day, if they got that far) and the state their episode has
 * reached; {@code login} is the Keycloak subject of their demo user, if they have one.
 */
record DemoPatient(String nationalId, String givenName, String familyName, String municipality, String login,
                   String pathway, int referredDaysAgo, EpisodeState state) {

    private static final List<EpisodeState> MAIN_LINE = List.of(EpisodeState.REFERRED, EpisodeState.ASSESSED,
            EpisodeState.ACTIVE_BASELINE, EpisodeState.ACTIVE);

    /** The states the episode passes through, the referral first and {@link #state} last. */
    List<EpisodeState> path() {
        int reached = MAIN_LINE.indexOf(state);
        return reached >= 0 ? MAIN_LINE.subList(0, reached + 1)
                : Stream.concat(MAIN_LINE.stream(), Stream.of(state)).toList();
    }

    String name() {
        return givenName + " " + familyName;
    }
}
