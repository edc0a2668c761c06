package no.mila.dho.robustness;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * A service and database of their own (Quarkus restarts the application and its test resources for a new
 * profile): the fuzzer changes shared reference data when a body happens to be valid (default thresholds,
 * plan templates, municipalities), and no other test may see that.
 */
public class IsolatedDatabaseProfile implements QuarkusTestProfile {
}
