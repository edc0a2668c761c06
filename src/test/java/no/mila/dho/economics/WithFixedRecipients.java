package no.mila.dho.economics;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Set;

/** The price tests' profile: the counted recipients and targets come from {@link FixedRecipients}. */
public class WithFixedRecipients implements QuarkusTestProfile {

    @Override
    public Set<Class<?>> getEnabledAlternatives() {
        return Set.of(FixedRecipients.class);
    }
}
