package no.mila.dho.collaboration.application;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import no.mila.dho.collaboration.domain.FollowUpService;

/** Tunables of the outgoing messages (prefix {@code dho.collaboration}). */
@ConfigMapping(prefix = "dho.collaboration")
public interface CollaborationConfig {

    /** The follow-up service's name as every message signs it. */
    @WithDefault("Oppfølgingstjenesten for digital hjemmeoppfølging")
    String followUpServiceName();

    /** The follow-up service's phone number, given in every message (required in production). */
    String followUpServicePhone();

    default FollowUpService service() {
        return new FollowUpService(followUpServiceName(), followUpServicePhone());
    }
}
