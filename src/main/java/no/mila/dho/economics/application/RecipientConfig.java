package no.mila.dho.economics.application;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import no.mila.dho.economics.domain.RecipientRule;

/**
 * The counting rule's settings (docs/economics.md, "Who counts as a recipient"): {@code dho.economics.recipients.
 * paused-counts} (default true) and {@code dho.economics.recipients.minimum-days} (followed days of the month,
 * 1..31, default 1).
 */
@ConfigMapping(prefix = "dho.economics.recipients")
public interface RecipientConfig {

    @WithDefault("true")
    boolean pausedCounts();

    @WithDefault("1")
    int minimumDays();

    default RecipientRule rule() {
        return new RecipientRule(pausedCounts(), minimumDays());
    }
}
