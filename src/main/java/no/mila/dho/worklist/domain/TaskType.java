package no.mila.dho.worklist.domain;

/** The follow-up tasks: those the cadence rules create, and the two a nurse's doubt about a device creates. */
public enum TaskType {
    /** Weekly contact with a new patient during the first two weeks. */
    WEEKLY_CONTACT,
    /** The goal conversation (målsamtale) at day 14. */
    GOAL_CONVERSATION,
    /** The review of the thresholds after the 14-day baseline. */
    THRESHOLD_REVIEW,
    /** Monthly contact with a patient whose reports of the past month were all green. */
    MONTHLY_CONTACT,
    /** No report in the last 14 days. */
    NO_REPORTS,
    /** Yellow on several consecutive days: contact the physician about action or new thresholds. */
    PERSISTENTLY_YELLOW,
    /** After a yellow or red report the patient measures daily until green; a day was missed. */
    MEASURE_DAILY,
    /** A nurse doubted a measurement and asked the patient (by message) for a control measurement: check it came. */
    CONTROL_MEASUREMENT,
    /** A nurse asked the home municipality's coordinator to visit and check the patient's device. */
    DEVICE_CHECK_VISIT
}
