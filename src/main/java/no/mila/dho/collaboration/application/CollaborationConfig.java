package no.mila.dho.collaboration.application;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import no.mila.dho.collaboration.domain.FollowUpService;

/** Tunables of the outgoing messages (prefix {@code dho.collaboration}). */
@ConfigMapping(prefix = "dho.collaboration")
public interface CollaborationConfig {

    /** The follow-up service's name as every message signs it. */
    @WithDefault("Oppfølgingstjenesten for digital hjemmeoppfølging")
    String followUpServiceName();

    /** The follow-up service's phone number, given in every message (required in production). */
    String followUpServicePhone();

    /** When the day-14 job runs (cron, Europe/Oslo; {@code off} in tests): read by {@link Day14SummaryJob}. */
    @WithName("day-14-cron")
    String day14Cron();

    default FollowUpService service() {
        return new FollowUpService(followUpServiceName(), followUpServicePhone());
    }
}
