package no.mila.dho.shared.problem;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The same problem+json guarantees, against the packaged application. */
@QuarkusIntegrationTest
class ProblemDetailsIT extends ProblemDetailsTest {
}
