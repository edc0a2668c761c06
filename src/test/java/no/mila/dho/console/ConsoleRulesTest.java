package no.mila.dho.console;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import no.mila.dho.console.csrf.ConsoleCsrf;
import no.mila.dho.console.csrf.CsrfCheck;
import no.mila.dho.console.csrf.CsrfChecked;

/**
 * The console's own rules (docs/console.md): every resource class is CSRF-checked, every state-changing method takes
 * the token, and every page needs a role (or is explicitly open, as the signed-out page).
 */
@AnalyzeClasses(packages = "no.mila.dho.console", importOptions = ImportOption.DoNotIncludeTests.class)
class ConsoleRulesTest {

    @ArchTest
    static final ArchRule every_console_resource_is_csrf_checked = classes().that()
            .areAnnotatedWith(jakarta.ws.rs.Path.class)
            .should().beAnnotatedWith(CsrfChecked.class);

    @ArchTest
    static final ArchRule every_state_changing_method_takes_the_token = methods().that(changeState())
            .should(takeTheCsrfToken()).allowEmptyShould(true);

    @ArchTest
    static final ArchRule every_page_says_who_may_open_it = methods().that()
            .areAnnotatedWith(jakarta.ws.rs.GET.class).or().areAnnotatedWith(jakarta.ws.rs.POST.class)
            .should().beAnnotatedWith(jakarta.annotation.security.RolesAllowed.class)
            .orShould().beAnnotatedWith(jakarta.annotation.security.PermitAll.class)
            .orShould().beDeclaredInClassesThat().areAnnotatedWith(jakarta.annotation.security.RolesAllowed.class);

    private static DescribedPredicate<JavaMethod> changeState() {
        return DescribedPredicate.describe("change state (POST, PUT, PATCH, DELETE)",
                m -> CsrfCheck.changesState(m.reflect()));
    }

    private static ArchCondition<JavaMethod> takeTheCsrfToken() {
        return new ArchCondition<>("take @FormParam(\"" + ConsoleCsrf.FIELD + "\")") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                boolean found = CsrfCheck.tokenParameter(method.reflect()) >= 0;
                events.add(new SimpleConditionEvent(method, found, method.getFullName()
                        + (found ? " takes" : " does not take") + " the CSRF token"));
            }
        };
    }
}
