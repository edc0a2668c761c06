package no.mila.dho.console.csrf;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;

/**
 * Verifies the CSRF token of every state-changing console request before the resource method runs: the argument
 * bound to {@code @FormParam(ConsoleCsrf.FIELD)} must be the session's token. A method without that parameter is a
 * programming error and is refused too (never silently unchecked).
 */
@CsrfChecked
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class CsrfCheck {

    private final ConsoleCsrf csrf;

    public CsrfCheck(ConsoleCsrf csrf) {
        this.csrf = csrf;
    }

    @AroundInvoke
    Object check(InvocationContext context) throws Exception {
        Method method = context.getMethod();
        if (!changesState(method)) {
            return context.proceed();
        }
        int index = tokenParameter(method);
        Object token = index < 0 ? null : context.getParameters()[index];
        if (!csrf.matches(token instanceof String s ? s : null)) {
            throw new ForbiddenException(
                    "Skjemaet mangler en gyldig sikkerhetsnøkkel (CSRF). Last siden på nytt og prøv igjen.");
        }
        return context.proceed();
    }

    /** Whether the method handles POST, PUT, PATCH or DELETE (and so must take the token). */
    public static boolean changesState(Method method) {
        return method.isAnnotationPresent(POST.class) || method.isAnnotationPresent(PUT.class)
                || method.isAnnotationPresent(PATCH.class) || method.isAnnotationPresent(DELETE.class);
    }

    /** The index of the {@code @FormParam(ConsoleCsrf.FIELD)} parameter, or -1. */
    public static int tokenParameter(Method method) {
        Parameter[] parameters = method.getParameters();
        for (int i = 0; i < parameters.length; i++) {
            for (Annotation annotation : parameters[i].getAnnotations()) {
                if (annotation instanceof FormParam form && ConsoleCsrf.FIELD.equals(form.value())) {
                    return i;
                }
            }
        }
        return -1;
    }
}
