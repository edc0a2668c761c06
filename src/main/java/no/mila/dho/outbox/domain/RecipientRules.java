package no.mila.dho.outbox.domain;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import no.mila.dho.shared.problem.FieldViolation;

/**
 * What a register entry must satisfy: the key in the form its kind uses (a GP's HPR number of up to 9 digits, a
 * department's or hospital's code such as {@code AHUS_LUNG}, a four-digit kommunenummer for home nursing and the
 * coordinator), a HER-id and organisation number of digits, a known transport, and for a transport over the network
 * an absolute http(s) endpoint. Returns every violation at once, named by field.
 */
public final class RecipientRules {

    /** The transports that send over the network: they need an endpoint. */
    public static final Set<String> NETWORK_TRANSPORTS = Set.of("fhir-http");

    private static final Pattern HPR = Pattern.compile("[0-9]{1,9}");
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,39}");
    private static final Pattern MUNICIPALITY = Pattern.compile("[0-9]{4}");
    private static final Pattern HER_ID = Pattern.compile("[0-9]{1,20}");
    private static final Pattern ORGANISATION = Pattern.compile("[0-9]{9}");

    private RecipientRules() {
    }

    public static List<FieldViolation> violations(Recipient r, Set<String> transports) {
        List<FieldViolation> violations = new ArrayList<>();
        if (r.kind() == null) {
            violations.add(new FieldViolation("kind", "must be one of GP, DEPARTMENT, HOSPITAL, HOME_NURSING, "
                    + "COORDINATOR"));
        } else if (r.key() == null || !keyPattern(r.kind()).matcher(r.key()).matches()) {
            violations.add(new FieldViolation("key", keyRule(r.kind())));
        }
        if (r.name() == null || r.name().isBlank() || r.name().length() > 200) {
            violations.add(new FieldViolation("name", "must be 1-200 characters"));
        }
        if (r.herId() != null && !HER_ID.matcher(r.herId()).matches()) {
            violations.add(new FieldViolation("herId", "must be the HER-id of Adresseregisteret: 1-20 digits"));
        }
        if (r.organisationNumber() != null && !ORGANISATION.matcher(r.organisationNumber()).matches()) {
            violations.add(new FieldViolation("organisationNumber", "must be a nine-digit organisation number"));
        }
        if (r.transport() == null || !transports.contains(r.transport())) {
            violations.add(new FieldViolation("transport", "must be one of " + new TreeSet<>(transports)));
        }
        if (r.endpoint() != null && !isHttpUrl(r.endpoint())) {
            violations.add(new FieldViolation("endpoint", "must be an absolute http(s) URL of at most 500 characters"));
        } else if (r.endpoint() == null && NETWORK_TRANSPORTS.contains(r.transport())) {
            violations.add(new FieldViolation("endpoint", "transport " + r.transport() + " needs an endpoint"));
        }
        return violations;
    }

    private static Pattern keyPattern(RecipientKind kind) {
        return switch (kind) {
            case GP -> HPR;
            case DEPARTMENT, HOSPITAL -> CODE;
            case HOME_NURSING, COORDINATOR -> MUNICIPALITY;
        };
    }

    private static String keyRule(RecipientKind kind) {
        return switch (kind) {
            case GP -> "a GP is addressed by HPR number: 1-9 digits";
            case DEPARTMENT, HOSPITAL -> "a department or hospital is addressed by its code, e.g. AHUS_LUNG";
            case HOME_NURSING, COORDINATOR -> "home nursing and coordinators are addressed by the four-digit "
                    + "municipality number";
        };
    }

    static boolean isHttpUrl(String value) {
        if (value == null || value.length() > 500) {
            return false;
        }
        try {
            URI uri = new URI(value);
            return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
