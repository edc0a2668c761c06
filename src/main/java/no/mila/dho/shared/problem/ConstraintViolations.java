package no.mila.dho.shared.problem;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Names the invalid field of each Bean Validation violation the way the caller wrote it: the JSON path
 * inside a body ({@code contact.phone}), or the query/path parameter name ({@code size}).
 */
final class ConstraintViolations {

    private ConstraintViolations() {
    }

    static boolean concernsResponse(ConstraintViolationException e) {
        return e.getConstraintViolations().stream().anyMatch(v -> kinds(v.getPropertyPath())
                .contains(ElementKind.RETURN_VALUE));
    }

    static List<FieldViolation> toFieldViolations(ConstraintViolationException e) {
        return e.getConstraintViolations().stream()
                .map(v -> new FieldViolation(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(FieldViolation::field).thenComparing(FieldViolation::message))
                .toList();
    }

    private static String fieldOf(ConstraintViolation<?> violation) {
        List<Path.Node> nodes = new ArrayList<>();
        violation.getPropertyPath().forEach(nodes::add);
        boolean insideBody = nodes.stream().anyMatch(n -> n.getKind() == ElementKind.PROPERTY
                || n.getKind() == ElementKind.CONTAINER_ELEMENT);
        StringBuilder field = new StringBuilder();
        for (Path.Node node : nodes) {
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.CONSTRUCTOR
                    || (node.getKind() == ElementKind.PARAMETER && insideBody)) {
                continue;
            }
            if (node.getIndex() != null && !field.isEmpty()) {
                field.append('[').append(node.getIndex()).append(']');
            }
            if (node.getName() != null && !node.getName().startsWith("<")) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(node.getName());
            }
        }
        return field.isEmpty() ? "body" : field.toString();
    }

    private static List<ElementKind> kinds(Path path) {
        List<ElementKind> kinds = new ArrayList<>();
        path.forEach(n -> kinds.add(n.getKind()));
        return kinds;
    }
}
