package no.mila.dho.outbox.domain;

import java.util.Objects;

/** The address of a message: the kind of recipient and its key in the recipient register. */
public record Addressee(RecipientKind kind, String key) {

    public Addressee {
        Objects.requireNonNull(kind, "kind");
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("An addressee needs a key (HPR number, code or kommunenummer)");
        }
    }

    public static Addressee gp(String hprNumber) {
        return new Addressee(RecipientKind.GP, hprNumber);
    }

    public static Addressee department(String code) {
        return new Addressee(RecipientKind.DEPARTMENT, code);
    }

    public static Addressee hospital(String code) {
        return new Addressee(RecipientKind.HOSPITAL, code);
    }

    public static Addressee homeNursing(String municipalityNumber) {
        return new Addressee(RecipientKind.HOME_NURSING, municipalityNumber);
    }

    public static Addressee coordinator(String municipalityNumber) {
        return new Addressee(RecipientKind.COORDINATOR, municipalityNumber);
    }
}
