package no.mila.dho.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Clinical rules stay pure Java: the domain packages know nothing of frameworks. */
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
}
