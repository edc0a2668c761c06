package no.mila.dho.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The shape of the code (docs/architecture.md, ADR 0008): clinical rules stay pure Java, features depend on
 * each other only along the allowed graph, and a feature's persistence is its own. The SQL inside string
 * literals is checked by {@link SqlOwnershipTest}.
 */
@AnalyzeClasses(packages = "no.mila.dho", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule domain_is_free_of_frameworks = noClasses().that().resideInAPackage("..domain..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "io.quarkus..", "jakarta.persistence..", "jakarta.ws.rs..", "jakarta.enterprise..",
                    "jakarta.transaction..", "org.hibernate..", "com.fasterxml.jackson..", "ca.uhn.fhir..",
                    "org.hl7.fhir..", "io.vertx..", "io.smallrye..", "org.eclipse.microprofile..");

    @ArchTest
    static final ArchRule domain_does_not_reach_out_to_other_layers = noClasses().that()
            .resideInAPackage("..domain..")
            .should().dependOnClassesThat().resideInAnyPackage("..api..", "..persistence..", "..application..");

    @ArchTest
    static final ArchRule resources_do_not_open_transactions = noClasses().that().resideInAPackage("..api..")
            .should().beAnnotatedWith("jakarta.transaction.Transactional");

    @ArchTest
    static final ArchRule features_are_free_of_cycles = slices().matching("no.mila.dho.(*)..").namingSlices("$1")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule every_class_belongs_to_a_known_feature = classes().that()
            .doNotHaveFullyQualifiedName("no.mila.dho.package-info")
            .should().resideInAnyPackage(FeatureGraph.packagesOf(FeatureGraph.ALL))
            .because("the features are those of docs/architecture.md (a new one is added there and in FeatureGraph)");

    @ArchTest
    static final ArchRule nothing_depends_on_demo_fhir_identity_health = FeatureGraph.nothingUsesTheLeaves();

    @ArchTest
    static final ArchRule shared_depends_on_no_feature = FeatureGraph.feature("shared").mayUseOnly();

    @ArchTest
    static final ArchRule audit_uses_only_shared = FeatureGraph.feature("audit").mayUseOnly("shared");

    @ArchTest
    static final ArchRule municipality_uses_only_audit_and_shared = FeatureGraph.feature("municipality")
            .mayUseOnly("outbox", "audit", "shared");

    @ArchTest
    static final ArchRule patient_uses_only_municipality_audit_and_shared = FeatureGraph.feature("patient")
            .mayUseOnly("municipality", "outbox", "audit", "shared");

    /** Everything depends on measurement, so it offers ports (PlanAdvice, ThresholdLimits, AlertRaising). */
    @ArchTest
    static final ArchRule measurement_offers_ports_instead_of_using_threshold_alert_plan_worklist = FeatureGraph
            .feature("measurement").mayUseOnly("patient", "municipality", "outbox", "audit", "shared");

    @ArchTest
    static final ArchRule threshold_uses_only_measurement_and_below = FeatureGraph.feature("threshold")
            .mayUseOnly("measurement", "patient", "municipality", "outbox", "audit", "shared");

    @ArchTest
    static final ArchRule alert_uses_only_measurement_and_below = FeatureGraph.feature("alert")
            .mayUseOnly("measurement", "patient", "municipality", "outbox", "audit", "shared");

    @ArchTest
    static final ArchRule plan_uses_only_measurement_and_below = FeatureGraph.feature("plan")
            .mayUseOnly("measurement", "patient", "municipality", "outbox", "audit", "shared");

    @ArchTest
    static final ArchRule worklist_uses_only_alert_threshold_measurement_and_below = FeatureGraph.feature("worklist")
            .mayUseOnly("alert", "threshold", "messaging", "measurement", "patient", "municipality", "outbox",
                    "audit", "shared");

    /** The transactional outbox: the lowest feature but audit, so every feature's events can write to it. */
    @ArchTest
    static final ArchRule outbox_uses_only_audit_and_shared = FeatureGraph.feature("outbox")
            .mayUseOnly("audit", "shared");

    @ArchTest
    static final ArchRule messaging_uses_only_measurement_and_below = FeatureGraph.feature("messaging")
            .mayUseOnly("measurement", "patient", "municipality", "outbox", "audit", "shared");

    /** Collaboration turns the features' events into outgoing messages: it may use every core feature. */
    @ArchTest
    static final ArchRule collaboration_uses_the_core = FeatureGraph.feature("collaboration")
            .mayUseOnly("worklist", "messaging", "plan", "alert", "threshold", "measurement", "patient",
                    "municipality", "outbox", "audit", "shared");

    /** The operating economics: recipients from the episodes, targets, price models and settlement. */
    @ArchTest
    static final ArchRule economics_uses_patient_and_below = FeatureGraph.feature("economics")
            .mayUseOnly("patient", "municipality", "outbox", "audit", "shared");

    /** Benefit reporting: the coordinators' quarterly figures against the baseline of the episodes. */
    @ArchTest
    static final ArchRule benefit_uses_patient_worklist_and_below = FeatureGraph.feature("benefit")
            .mayUseOnly("worklist", "messaging", "alert", "threshold", "measurement", "patient", "municipality",
                    "outbox", "audit", "shared");

    /** The yearly anonymous user survey: invitations to the patients, answers with no way back to them. */
    @ArchTest
    static final ArchRule survey_uses_patient_messaging_and_below = FeatureGraph.feature("survey")
            .mayUseOnly("messaging", "measurement", "patient", "municipality", "outbox", "audit", "shared");

    @ArchTest
    static final ArchRule api_never_uses_persistence = classes().that().resideInAPackage("no.mila.dho..api..")
            .should(Dependencies.notUse("persistence classes", (origin, target) -> FeatureGraph.isPersistence(target)))
            .because("resources speak in DTO records; entities stay behind the application layer");

    @ArchTest
    static final ArchRule persistence_is_used_only_by_its_own_feature = classes().should(Dependencies.notUse(
            "the persistence of another feature (shared.persistence excepted)", (origin, target) ->
                    FeatureGraph.isPersistence(target) && !FeatureGraph.featureOf(target.getPackageName()).equals("shared")
                    && !FeatureGraph.featureOf(target.getPackageName()).equals(FeatureGraph.featureOf(origin.getPackageName()))));

    @ArchTest
    static final ArchRule jdbc_is_used_only_in_persistence = classes().that().resideOutsideOfPackage("..persistence..")
            .should(Dependencies.notUse("JDBC " + Dependencies.JDBC, (origin, target) ->
                    Dependencies.JDBC.contains(target.getName())));

    @ArchTest
    static final ArchRule native_queries_are_created_only_in_persistence = noClasses().that()
            .resideOutsideOfPackage("..persistence..")
            .should().callMethodWhere(DescribedPredicate.describe("EntityManager.createNativeQuery(..)",
                    (JavaMethodCall call) -> call.getName().equals("createNativeQuery")
                            && call.getTargetOwner().isAssignableTo("jakarta.persistence.EntityManager")));
}
