package no.mila.dho.economics.api;

import java.util.Map;

/** The inhabitants of the municipalities in a year, by municipality number. */
public record PopulationView(int year, Map<String, Long> inhabitants) {
}
