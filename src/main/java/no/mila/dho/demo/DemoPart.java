package no.mila.dho.demo;

/**
 * A part of the demo data beyond the patients (e.g. a year of targets, the budget, benefit reports, the survey):
 * {@link DemoData} loads every bean of this type after the patients, in the order of {@link #order()}. Each part is
 * idempotent itself: the run command starts on the same database again and again.
 */
interface DemoPart {

    /** Lower first. */
    default int order() {
        return 100;
    }

    void load();
}
