package no.mila.dho.patient.domain;

/** One criterion of the assessment checklist; general ones hold for all pathways. */
public record InclusionCriterion(String code, boolean general, String textEn) {
}
