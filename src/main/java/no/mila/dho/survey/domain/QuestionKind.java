package no.mila.dho.survey.domain;

/** What a question of the survey takes: one of its options, or a text of the patient's own. */
public enum QuestionKind {
    SINGLE_CHOICE, FREE_TEXT
}
