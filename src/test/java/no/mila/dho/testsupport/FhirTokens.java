package no.mila.dho.testsupport;

import java.util.Map;

/**
 * Tokens for the FHIR server: the roles of {@link Tokens} with SMART scopes, and the hospital's machine client
 * ({@code fhir-client} with claim {@code hospital}) as Keycloak issues it for {@code hospital-fhir}.
 */
public final class FhirTokens {

    public static final String HOSPITAL = "AHUS";
    public static final String HOSPITAL_SCOPES = "system/Patient.rs system/Observation.rs system/QuestionnaireResponse.rs "
            + "system/Questionnaire.rs system/Flag.rs system/CarePlan.rs system/Basic.rs";

    private FhirTokens() {
    }

    public static String hospital() {
        return hospital(HOSPITAL, HOSPITAL_SCOPES);
    }

    public static String hospital(String hospital, String scopes) {
        return Tokens.token("service-account-hospital-fhir", "service-account-hospital-fhir", "fhir-client",
                Map.of("hospital", hospital, "scope", scopes));
    }

    public static String nurse() {
        return Tokens.token("nurse-1", "Nora Sykepleier", "nurse", Map.of("hpr", "9100001", "scope", "openid user/*.rs"));
    }

    public static String physician(String hpr) {
        return Tokens.token("physician-" + hpr, "Lege " + hpr, "physician", Map.of("hpr", hpr, "scope", "user/*.rs"));
    }

    public static String patient(String subject) {
        return Tokens.token(subject, "Pasient " + subject, "patient",
                Map.of("scope", "patient/*.rs patient/Observation.c patient/QuestionnaireResponse.c"));
    }

    public static String coordinator(String municipality) {
        return Tokens.token("coordinator-" + municipality, "Koordinator " + municipality, "coordinator",
                Map.of("municipality", municipality, "scope", "user/*.rs"));
    }

    /** A token of {@code role} with exactly these scopes. */
    public static String withScopes(String role, String scopes) {
        return Tokens.token("scoped-" + role, "Scoped " + role, role, Map.of("hpr", "9100001", "scope", scopes));
    }
}
