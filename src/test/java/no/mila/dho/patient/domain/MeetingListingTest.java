package no.mila.dho.patient.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Specialists see the patients on their department's meeting list, from the bring-up until the outcome. */
class MeetingListingTest {

    private static final Instant OPENED = Instant.parse("2026-03-02T08:00:00Z");
    private static final Instant CLOSED = Instant.parse("2026-03-05T12:00:00Z");
    private static final PatientFacts GP_PATIENT = new PatientFacts("3209", "9200001", null, "login-1");
    private static final MeetingListing LUNG = new MeetingListing(Set.of("AHUS_LUNG"));

    private static Actor physician(String hpr, String department) {
        return new Actor("p-" + hpr, Set.of("physician"), Optional.of(hpr), Optional.empty(), Optional.empty(),
                Optional.ofNullable(department));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
            "2026-03-02T07:59:59Z, false",
            "2026-03-02T08:00:00Z, true",
            "2026-03-05T11:59:59Z, true",
            "2026-03-05T12:00:00Z, false",
    })
    void a_bring_up_opens_from_the_bring_up_until_the_outcome(Instant at, boolean open) {
        assertThat(new MeetingListing.BringUp("AHUS_LUNG", OPENED, CLOSED).opensAt(at)).isEqualTo(open);
    }

    @Test
    void without_an_outcome_a_bring_up_opens_for_at_most_the_longest_time() {
        MeetingListing.BringUp waiting = new MeetingListing.BringUp("AHUS_LUNG", OPENED, null);
        assertThat(waiting.opensAt(OPENED.plus(MeetingListing.LONGEST).minusSeconds(1))).isTrue();
        assertThat(waiting.opensAt(OPENED.plus(MeetingListing.LONGEST))).isFalse();
    }

    @Test
    void the_listing_holds_the_departments_of_the_open_bring_ups() {
        List<MeetingListing.BringUp> bringUps = List.of(new MeetingListing.BringUp("AHUS_LUNG", OPENED, null),
                new MeetingListing.BringUp("AHUS_HEART", OPENED, CLOSED));
        assertThat(MeetingListing.at(CLOSED, bringUps).departments()).containsExactly("AHUS_LUNG");
        assertThat(MeetingListing.at(OPENED, bringUps).departments()).containsExactlyInAnyOrder("AHUS_LUNG", "AHUS_HEART");
        assertThat(MeetingListing.at(OPENED.minusSeconds(1), bringUps).departments()).isEmpty();
        assertThat(MeetingListing.NONE.lists("AHUS_LUNG")).isFalse();
        assertThat(LUNG.lists(null)).isFalse();
        assertThat(MeetingListing.reason("AHUS_LUNG")).isEqualTo("specialist meeting AHUS_LUNG");
    }

    @ParameterizedTest(name = "{0} {1}: {2}, only through the meeting {3}")
    @CsvSource(nullValues = "-", value = {
            "9300001, AHUS_LUNG, CLINICAL, true",
            "9300001, AHUS_HEART, NONE, false",
            "9300001, -, NONE, false",
            "9200001, AHUS_LUNG, CLINICAL, false",   // the GP who is also a specialist: their own patient
            "9200001, -, CLINICAL, false",
    })
    void a_specialist_sees_a_listed_patient_only_for_their_own_department(String hpr, String department,
                                                                          Visibility expected, boolean onlyMeeting) {
        Actor actor = physician(hpr, department);
        assertThat(AccessPolicy.visibility(actor, GP_PATIENT, HospitalSharing.NONE, LUNG)).isEqualTo(expected);
        assertThat(AccessPolicy.onlyThroughMeeting(actor, GP_PATIENT, LUNG)).isEqualTo(onlyMeeting);
    }

    @Test
    void without_a_listing_a_specialist_sees_only_their_own_patients_and_other_roles_gain_nothing() {
        assertThat(AccessPolicy.visibility(physician("9300001", "AHUS_LUNG"), GP_PATIENT)).isEqualTo(Visibility.NONE);
        Actor coordinatorWithDepartment = new Actor("c", Set.of("coordinator"), Optional.empty(), Optional.of("0301"),
                Optional.empty(), Optional.of("AHUS_LUNG"));
        assertThat(AccessPolicy.visibility(coordinatorWithDepartment, GP_PATIENT, HospitalSharing.NONE, LUNG))
                .isEqualTo(Visibility.NONE);
        Actor hospitalClient = new Actor("h", Set.of("fhir-client"), Optional.empty(), Optional.empty(),
                Optional.of("AHUS"), Optional.of("AHUS_LUNG"));
        assertThat(AccessPolicy.visibility(hospitalClient, GP_PATIENT, HospitalSharing.NONE, LUNG))
                .isEqualTo(Visibility.NONE);
        Actor nurse = new Actor("n", Set.of("nurse"), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of("AHUS_LUNG"));
        assertThat(AccessPolicy.onlyThroughMeeting(nurse, GP_PATIENT, LUNG)).isFalse();
        assertThat(physician("9300001", "AHUS_LUNG").isSpecialist()).isTrue();
        assertThat(physician("9300001", null).isSpecialist()).isFalse();
    }
}
