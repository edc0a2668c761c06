package no.mila.dho.economics.application;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import no.mila.dho.shared.problem.ProblemException;
import no.mila.dho.shared.problem.ProblemType;

/**
 * TEMPORARY, until the recipients-and-targets part is merged (branch i15-recipients): without any implementation of
 * {@link RecipientsAndTargets} the application would not start. Any other implementation replaces this one; the
 * lead deletes this file at the merge.
 */
@DefaultBean
@ApplicationScoped
public class NoRecipientsYet implements RecipientsAndTargets {

    @Override
    public List<MunicipalityMonth> ofYear(int year) {
        throw new ProblemException(ProblemType.UNPROCESSABLE, "The counted recipients are not available in this build");
    }
}
