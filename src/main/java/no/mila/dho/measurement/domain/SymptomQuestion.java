package no.mila.dho.measurement.domain;

import java.util.List;
import java.util.Optional;

/** A question of a pathway's symptom questionnaire; each answer option gives a zone. */
public record SymptomQuestion(String code, String textNb, List<Option> options) {

    /** An answer option with the zone it gives. */
    public record Option(String code, String textNb, Zone zone) {
    }

    public Optional<Option> option(String code) {
        return options.stream().filter(o -> o.code().equals(code)).findFirst();
    }
}
