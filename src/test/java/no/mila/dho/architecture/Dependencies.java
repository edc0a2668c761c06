package no.mila.dho.architecture;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;

/**
 * An ArchUnit condition with short failure messages: one line per class and class it must not use, with the
 * first line where it does ({@code worklist.api.X -> alert.persistence.AlertEntity (X.java:42)}), instead of
 * one line per field access and method call.
 */
final class Dependencies {

    /** The JDBC types: only persistence classes talk to the database. */
    static final Set<String> JDBC = Set.of("java.sql.Connection", "java.sql.PreparedStatement", "java.sql.Statement",
            "java.sql.ResultSet", "javax.sql.DataSource", "io.agroal.api.AgroalDataSource");

    private static final String BASE = "no.mila.dho.";

    private Dependencies() {
    }

    /** The classes checked must not use a class {@code forbidden(origin, target)} names. */
    static ArchCondition<JavaClass> notUse(String what, BiPredicate<JavaClass, JavaClass> forbidden) {
        return new ArchCondition<>("not use " + what) {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                Map<String, Dependency> first = new LinkedHashMap<>();
                for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                    JavaClass target = dependency.getTargetClass().getBaseComponentType();
                    if (forbidden.test(origin, target)) {
                        first.merge(target.getName(), dependency, Dependencies::earlier);
                    }
                }
                first.forEach((target, dependency) -> events.add(SimpleConditionEvent.violated(dependency,
                        shorten(origin.getName()) + " -> " + shorten(target) + " (" + where(dependency) + ")")));
            }
        };
    }

    /** The dependency on the earlier line; a line of 0 (a field or parameter type) only if there is no other. */
    private static Dependency earlier(Dependency a, Dependency b) {
        return line(a) == 0 ? b : line(b) == 0 || line(a) <= line(b) ? a : b;
    }

    private static String where(Dependency dependency) {
        String file = dependency.getSourceCodeLocation().getSourceFileName();
        return line(dependency) == 0 ? file : file + ":" + line(dependency);
    }

    private static int line(Dependency dependency) {
        return dependency.getSourceCodeLocation().getLineNumber();
    }

    private static String shorten(String className) {
        return className.startsWith(BASE) ? className.substring(BASE.length()) : className;
    }
}
