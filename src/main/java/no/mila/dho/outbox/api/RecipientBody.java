package no.mila.dho.outbox.api;

import jakarta.validation.constraints.NotNull;
import no.mila.dho.outbox.domain.Recipient;
import no.mila.dho.outbox.domain.RecipientKind;

/**
 * A register entry as an admin writes it; {@code active} only on update (a new entry is active). The fields' rules
 * are {@link no.mila.dho.outbox.domain.RecipientRules}'.
 */
public record RecipientBody(@NotNull RecipientKind kind, @NotNull String key, @NotNull String name, String herId,
                            String organisationNumber, @NotNull String transport, String endpoint, Boolean active) {

    Recipient toRecipient() {
        return new Recipient(null, kind, trim(key), trim(name), blankToNull(herId), blankToNull(organisationNumber),
                trim(transport), blankToNull(endpoint), active == null || active);
    }

    private static String trim(String value) {
        return value == null ? null : value.trim();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
