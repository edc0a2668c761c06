package no.mila.dho.plan.domain;

import no.mila.dho.measurement.domain.Zone;

/**
 * One advice item of a plan's zone. {@code key} identifies the item across the versions of a plan. A medication
 * item names the drug and dose, and when to start and stop it.
 */
public record PlanItem(String key, Zone zone, AdviceCategory category, String text, String drug, String dose,
                       String start, String stop) {

    public boolean isMedication() {
        return category == AdviceCategory.MEDICATION;
    }

    /** What the patient reads, e.g. "Prednisolon 30 mg: Ta prednisolon. Start: ved gul sone. Stopp: etter 5 dager." */
    public String patientText() {
        if (!isMedication()) {
            return text;
        }
        StringBuilder s = new StringBuilder(drug).append(' ').append(dose).append(": ").append(sentence(text));
        if (start != null && !start.isBlank()) {
            s.append(" Start: ").append(sentence(start));
        }
        if (stop != null && !stop.isBlank()) {
            s.append(" Stopp: ").append(sentence(stop));
        }
        return s.toString();
    }

    private static String sentence(String text) {
        String t = text.strip();
        return t.endsWith(".") || t.endsWith("!") || t.endsWith("?") ? t : t + ".";
    }
}
