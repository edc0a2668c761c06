package no.mila.dho.economics.domain;

/** What a budget line or a booked expense of the follow-up service is (part 3.2.1: driftskostnader). */
public enum BudgetKind {
    SALARIES("Lønn"),
    ADMINISTRATION("Administrasjon"),
    OVERHEAD("Overhead");

    private final String label;

    BudgetKind(String label) {
        this.label = label;
    }

    /** The Norwegian label of reports. */
    public String label() {
        return label;
    }
}
