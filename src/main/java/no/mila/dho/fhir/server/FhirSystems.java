package no.mila.dho.fhir.server;

import java.util.Locale;

/**
 * The identifier and code systems the FHIR resources use: Norway's national registers (OIDs of the Directorate of
 * e-health, Volven) and this service's own (URNs {@code urn:mila:dho:...}), in one place so every mapping writes
 * and reads the same.
 */
public final class FhirSystems {

    /** Fødselsnummer (national identity number). */
    public static final String FODSELSNUMMER = "urn:oid:2.16.578.1.12.4.1.4.1";
    /** D-nummer (identity number of people not registered as residents). */
    public static final String D_NUMMER = "urn:oid:2.16.578.1.12.4.1.4.2";
    /** HPR-nummer (the health personnel register). */
    public static final String HPR = "urn:oid:2.16.578.1.12.4.1.4.4";
    /** Kommunenummer (Volven code system 3402, the municipalities). */
    public static final String KOMMUNENUMMER = "urn:oid:2.16.578.1.12.4.1.1.3402";

    public static final String LOINC = "http://loinc.org";
    public static final String SNOMED = "http://snomed.info/sct";
    public static final String UCUM = "http://unitsofmeasure.org";

    /** The app's report id (a UUID the app gives each report; the Bundle identifier of a FHIR report). */
    public static final String REPORT_ID = "urn:mila:dho:report-id";
    /** A hospital department of this service (e.g. AHUS_LUNG). */
    public static final String HOSPITAL_DEPARTMENT = "urn:mila:dho:hospital-department";
    /** The options of a symptom question (the code is the option's code; the item's linkId is the question's). */
    public static final String SYMPTOM_OPTION = "urn:mila:dho:symptom-option";

    private FhirSystems() {
    }

    /**
     * The FHIR id of a pathway's questionnaire: the pathway code in lower case with hyphens ({@code HEART_FAILURE}
     * becomes {@code heart-failure}), as FHIR ids allow no underscore.
     */
    public static String questionnaireId(String pathway) {
        return pathway.toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The pathway code of a questionnaire id ({@code heart-failure} is {@code HEART_FAILURE}). */
    public static String pathwayOf(String questionnaireId) {
        return questionnaireId.toUpperCase(Locale.ROOT).replace('-', '_');
    }

    /** The canonical URL of a pathway's questionnaire ({@code QuestionnaireResponse.questionnaire}). */
    public static String questionnaireUrl(String pathway) {
        return "urn:mila:dho:questionnaire:" + questionnaireId(pathway);
    }
}
