package no.mila.dho.fhir.observation;

import ca.uhn.fhir.rest.param.TokenOrListParam;
import ca.uhn.fhir.rest.param.TokenParam;
import java.util.EnumSet;
import java.util.Set;
import no.mila.dho.measurement.domain.MeasurementType;

/**
 * Which measurement types a search's {@code code} and {@code category} select: every code given (LOINC or SNOMED
 * CT, with or without its system; the panel 85354-9 and its components 8480-6 and 8462-4 all find the blood
 * pressure readings), or every type without {@code code}; none when the category is not vital-signs (every
 * Observation here is one) or no code is known.
 */
final class ObservationQuery {

    private ObservationQuery() {
    }

    static Set<MeasurementType> types(TokenOrListParam code, TokenOrListParam category) {
        if (category != null && category.getValuesAsQueryTokens().stream().noneMatch(ObservationQuery::vitalSigns)) {
            return Set.of();
        }
        Set<MeasurementType> all = EnumSet.allOf(MeasurementType.class);
        all.remove(MeasurementType.DIASTOLIC);
        if (code == null || code.getValuesAsQueryTokens().isEmpty()) {
            return all;
        }
        Set<MeasurementType> types = EnumSet.noneOf(MeasurementType.class);
        for (TokenParam token : code.getValuesAsQueryTokens()) {
            if (token.getModifier() == null && token.getValue() != null) {
                types.addAll(ObservationCodes.typesOf(token.getSystem(), token.getValue()));
            }
        }
        return types;
    }

    private static boolean vitalSigns(TokenParam token) {
        boolean system = token.getSystem() == null || token.getSystem().isEmpty()
                || ObservationCodes.CATEGORY_SYSTEM.equals(token.getSystem());
        return system && ObservationCodes.VITAL_SIGNS.equals(token.getValue());
    }
}
