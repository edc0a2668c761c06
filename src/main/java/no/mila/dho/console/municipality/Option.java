package no.mila.dho.console.municipality;

/** A choice of a select or radio group: the value posted and its Norwegian label. */
record Option(String value, String label) {
}
