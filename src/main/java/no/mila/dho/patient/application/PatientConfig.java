package no.mila.dho.patient.application;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Tunables of patient registration. */
@ConfigMapping(prefix = "dho.patient")
public interface PatientConfig {

    /**
     * Accept synthetic national identity numbers (month + 80, Skatteetaten's test data). Off in production;
     * on for the local run, tests and demo data, which must never use real persons' numbers.
     */
    @WithDefault("false")
    boolean acceptSyntheticNationalIds();
}
