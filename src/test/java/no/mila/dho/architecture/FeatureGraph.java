package no.mila.dho.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The features and the directions they may depend on each other (docs/architecture.md):
 * <pre>
 *   shared <- audit <- outbox <- municipality <- patient <- measurement <- threshold
 *                                                                       <- alert
 *                                                                       <- plan
 *                                                                       <- messaging
 *                                                                       <- worklist (also alert, threshold, messaging)
 *                                                                       <- collaboration (all of the above)
 *   municipality, patient <- economics (recipients, targets, price and settlement)
 *                         <- benefit   (benefit reports; also worklist for the coordinators' reminders)
 *                         <- survey    (the yearly anonymous user survey; also messaging for the invitations)
 *   demo, fhir, identity, health: may use anything; nothing uses them.
 * </pre>
 */
final class FeatureGraph {

    /** The features others build on, lowest first. */
    static final List<String> CORE = List.of("shared", "audit", "outbox", "municipality", "patient", "measurement",
            "threshold", "alert", "plan", "messaging", "worklist", "collaboration", "economics", "benefit", "survey");
    /** The features at the edge: they may use anything, and nothing uses them. */
    static final List<String> LEAVES = List.of("demo", "fhir", "identity", "health", "console");
    static final List<String> ALL = concat(CORE, LEAVES);

    private static final String BASE = "no.mila.dho.";

    private FeatureGraph() {
    }

    /** The rules of one core feature. */
    record Feature(String name) {

        /** {@code name} depends on no core feature but itself and {@code allowed} (leaves: see {@link #leaves}). */
        ArchRule mayUseOnly(String... allowed) {
            List<String> forbidden = new ArrayList<>(CORE);
            forbidden.remove(name);
            forbidden.removeAll(Arrays.asList(allowed));
            return classes().that().resideInAPackage(BASE + name + "..")
                    .should(Dependencies.notUse("the features " + forbidden, (origin, target) -> forbidden.contains(
                            featureOf(target.getPackageName())))).allowEmptyShould(true)
                    .because(name + " may use only " + (allowed.length == 0 ? "itself" : String.join(", ", allowed))
                            + " (the feature graph of docs/architecture.md)");
        }
    }

    static Feature feature(String name) {
        return new Feature(name);
    }

    /** No class depends on a leaf feature other than its own. */
    static ArchRule nothingUsesTheLeaves() {
        return classes().should(Dependencies.notUse("the leaf features " + LEAVES + " (but their own)",
                (origin, target) -> LEAVES.contains(featureOf(target.getPackageName()))
                        && !featureOf(target.getPackageName()).equals(featureOf(origin.getPackageName()))));
    }

    /** Classes of {@code no.mila.dho.<feature>.persistence..} (shared's included). */
    static boolean isPersistence(JavaClass javaClass) {
        String feature = featureOf(javaClass.getPackageName());
        return !feature.isEmpty() && javaClass.getPackageName().startsWith(BASE + feature + ".persistence");
    }

    /** The feature of a package of no.mila.dho ("" outside it or for no.mila.dho itself). */
    static String featureOf(String packageName) {
        if (!packageName.startsWith(BASE)) {
            return "";
        }
        String rest = packageName.substring(BASE.length());
        return rest.contains(".") ? rest.substring(0, rest.indexOf('.')) : rest;
    }

    static String[] packagesOf(List<String> features) {
        return features.stream().map(f -> BASE + f + "..").toArray(String[]::new);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return List.copyOf(all);
    }
}
