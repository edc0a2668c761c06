package no.mila.dho.patient.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A hospital's machine client sees a patient only under written consent and when its departments follow or referred. */
class HospitalSharingTest {

    private static final PatientFacts PATIENT = new PatientFacts("3209", "9200001", "9200002", "login-1");

    private static Actor hospital(String code) {
        return new Actor("service-account-hospital-fhir", Set.of("fhir-client"), Optional.empty(), Optional.empty(),
                Optional.ofNullable(code));
    }

    @ParameterizedTest(name = "consent {0}, hospitals {1}, client of {2}: {3}")
    @CsvSource(nullValues = "-", value = {
            "true, AHUS, AHUS, SHARED",
            "true, AHUS OUS, OUS, SHARED",
            "false, AHUS, AHUS, NONE",
            "true, -, AHUS, NONE",
            "true, OUS, AHUS, NONE",
            "true, AHUS, -, NONE",
    })
    void consent_and_the_hospital_decide(boolean consent, String hospitals, String client, Visibility expected) {
        HospitalSharing sharing = new HospitalSharing(consent, hospitals == null ? Set.of() : Set.of(hospitals.split(" ")));
        assertThat(AccessPolicy.visibility(hospital(client), PATIENT, sharing)).isEqualTo(expected);
    }

    @Test
    void shared_data_is_clinical_and_nothing_is_shared_by_default() {
        assertThat(Visibility.SHARED.seesClinical()).isTrue();
        assertThat(AccessPolicy.visibility(hospital("AHUS"), PATIENT)).isEqualTo(Visibility.NONE);
        assertThat(HospitalSharing.NONE.sharedWith("AHUS")).isFalse();
    }

    @Test
    void sharing_gives_people_nothing_and_a_hospital_client_nothing_of_the_other_rules() {
        HospitalSharing shared = new HospitalSharing(true, Set.of("AHUS"));
        Actor coordinator = new Actor("c", Set.of("coordinator"), Optional.empty(), Optional.of("0301"), Optional.of("AHUS"));
        assertThat(AccessPolicy.visibility(coordinator, PATIENT, shared)).isEqualTo(Visibility.NONE);
        Actor clientWithHpr = new Actor("x", Set.of("fhir-client"), Optional.of("9200001"), Optional.of("3209"),
                Optional.empty());
        assertThat(AccessPolicy.visibility(clientWithHpr, PATIENT, shared)).isEqualTo(Visibility.NONE);
        assertThat(AccessPolicy.isHospitalClient(hospital("AHUS"))).isTrue();
        assertThat(AccessPolicy.isHospitalClient(hospital(null))).isFalse();
    }
}
