package no.mila.dho.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import ca.uhn.fhir.validation.ValidationResult;
import java.util.List;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;

/**
 * HAPI's {@link FhirInstanceValidator} against R4 core and its profiles (the vital-signs profiles among them), offline
 * ({@code hapi-fhir-validation-resources-r4}; LOINC and SNOMED CT codes are not looked up, UCUM units are checked).
 * Built once: loading the structure definitions takes seconds.
 */
public final class FhirValidation {

    private static final FhirContext CONTEXT = FhirContext.forR4Cached();
    private static volatile FhirValidator validator;

    private FhirValidation() {
    }

    /** The errors (and fatal errors) of validating this JSON resource; empty when it conforms. */
    public static List<String> errorsOf(String json) {
        ValidationResult result = validator().validateWithResult(json);
        return result.getMessages().stream()
                .filter(m -> m.getSeverity() == ResultSeverityEnum.ERROR || m.getSeverity() == ResultSeverityEnum.FATAL)
                .map(FhirValidation::describe).toList();
    }

    /** Asserts that the JSON resource validates with 0 errors. */
    public static void assertValid(String json) {
        assertThat(errorsOf(json)).as("validation errors of %s", json.length() > 600 ? json.substring(0, 600) : json)
                .isEmpty();
    }

    private static String describe(SingleValidationMessage m) {
        return m.getSeverity() + " " + m.getLocationString() + ": " + m.getMessage();
    }

    private static FhirValidator validator() {
        if (validator == null) {
            synchronized (FhirValidation.class) {
                if (validator == null) {
                    ValidationSupportChain chain = new ValidationSupportChain(
                            new DefaultProfileValidationSupport(CONTEXT),
                            new CommonCodeSystemsTerminologyService(CONTEXT),
                            new InMemoryTerminologyServerValidationSupport(CONTEXT),
                            new SnapshotGeneratingValidationSupport(CONTEXT));
                    FhirInstanceValidator module = new FhirInstanceValidator(chain);
                    validator = CONTEXT.newValidator().registerValidatorModule(module);
                }
            }
        }
        return validator;
    }
}
