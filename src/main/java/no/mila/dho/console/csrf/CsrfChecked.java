package no.mila.dho.console.csrf;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On every console resource class: its POST, PUT, PATCH and DELETE methods take the token as
 * {@code @FormParam(ConsoleCsrf.FIELD)} and {@link CsrfCheck} refuses the request (403) unless it is the session's.
 * {@code ConsoleRulesTest} checks that every console resource carries this and every such method the parameter.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface CsrfChecked {
}
