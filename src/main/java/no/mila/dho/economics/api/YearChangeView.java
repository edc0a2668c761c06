package no.mila.dho.economics.api;

import java.time.Instant;
import java.util.Map;
import no.mila.dho.economics.application.YearSettingsService;

/** One change of a year's parameters: who, when, why, before ({@code null} at creation) and after. */
public record YearChangeView(Instant at, String actorName, String actorRole, String reason,
                             Map<String, Object> before, Map<String, Object> after) {

    static YearChangeView of(YearSettingsService.Change c) {
        return new YearChangeView(c.at(), c.actorName(), c.actorRole(), c.reason(), c.before().orElse(null),
                c.after());
    }
}
