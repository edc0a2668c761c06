package no.mila.dho.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import no.mila.dho.robustness.ApiOperations.Operation;
import org.junit.jupiter.api.Test;

/**
 * Broken bodies for every POST, PUT and PATCH of {@code openapi/openapi.yaml} (see {@link Malformations}):
 * never a 5xx, every 4xx as problem+json, no stack trace, class name or SQL in any body, nothing stored by a
 * refused request; and every status answered is one the document lists for the operation.
 *
 * <p>Seeded and bounded: {@code fuzz.tries} tries per operation (default 10) from seed {@code fuzz.seed}
 * (default fixed; {@code random} draws one). The seed is printed, so a failure is replayed with
 * {@code -Dfuzz.seed=<seed>}. The long run is {@code ./mvnw test -Pfuzz}.
 */
@QuarkusTest
@TestProfile(IsolatedDatabaseProfile.class)
class RequestFuzzTest {

    static final long DEFAULT_SEED = 20261124L;
    private static RequestFuzzer.Run run;
    private static RuntimeException failure;

    @TestHTTPResource("/")
    URI base;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void no_input_breaks_the_service_or_stores_anything_when_refused() {
        RequestFuzzer.Run result = run();
        assertThat(result.tries()).isGreaterThan(0);
        assertThat(result.findings()).as("broken rules (seed %d, replay with -Dfuzz.seed=%d)", result.seed(),
                result.seed()).isEmpty();
    }

    @Test
    void every_observed_status_is_documented() {
        RequestFuzzer.Run result = run();
        Map<String, Operation> operations = ApiOperations.load().all().stream()
                .collect(Collectors.toMap(Operation::name, o -> o));
        Map<String, Set<Integer>> undocumented = new LinkedHashMap<>();
        result.statuses().forEach((operation, seen) -> {
            Set<Integer> missing = new TreeSet<>(seen);
            missing.removeAll(operations.get(operation).documentedStatuses());
            if (!missing.isEmpty()) {
                undocumented.put(operation, missing);
            }
        });
        undocumented.forEach((operation, missing) -> System.out.println("[fuzz] undocumented " + operation + ": " + missing));
        assertThat(undocumented).as("statuses answered but not in openapi/openapi.yaml (seed %d)", result.seed())
                .isEmpty();
    }

    /** The one run both tests look at (a failure to run is kept too, so it is reported once, not run twice). */
    private synchronized RequestFuzzer.Run run() {
        if (failure != null) {
            throw failure;
        }
        if (run == null) {
            try {
                run = fuzz();
            } catch (RuntimeException e) {
                failure = e;
                throw e;
            }
        }
        return run;
    }

    private RequestFuzzer.Run fuzz() {
        long seed = seed();
        int tries = Integer.getInteger("fuzz.tries", 10);
        System.out.println("[fuzz] seed " + seed + ", " + tries + " tries per operation (replay: -Dfuzz.seed=" + seed + ")");
        RequestFuzzer fuzzer = new RequestFuzzer(base, new RobustnessFixtures(dataSource), new DatabaseSnapshot(dataSource));
        RequestFuzzer.Run result = fuzzer.run(ApiOperations.load(), seed, tries);
        result.findings().forEach(f -> System.out.println("[fuzz] " + f));
        return result;
    }

    private static long seed() {
        String configured = System.getProperty("fuzz.seed", "");
        if (configured.isBlank()) {
            return DEFAULT_SEED;
        }
        return configured.equals("random") ? new java.util.Random().nextLong() : Long.parseLong(configured);
    }
}
