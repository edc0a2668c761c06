package no.mila.dho.audit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import no.mila.dho.audit.domain.AccessAction;

/**
 * Marks a REST method that reads or changes a patient's data: each request to it, allowed or denied, writes
 * exactly one row of the access log. The patient is the path parameter {@code patientId}, or the one the
 * application names through {@link AuditContext}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Audited {

    AccessAction value();

    /** What was accessed, e.g. {@code patient}, {@code episode}, {@code equipment}. */
    String resource();
}
