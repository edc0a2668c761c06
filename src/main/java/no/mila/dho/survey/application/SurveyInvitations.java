package no.mila.dho.survey.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.util.List;
import java.util.UUID;
import no.mila.dho.patient.application.PatientAccess;
import no.mila.dho.survey.domain.LinkToken;
import no.mila.dho.survey.persistence.InvitationRows;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The patient's invitations in the app ({@code GET /api/me/survey-invitations}): for each open round they were invited
 * to and have not answered, a single-use link {@code <dho.survey.public-base-url>#<token>}. The token is made when
 * the app asks and only its hash is kept, so it cannot be shown again: each time the app asks, the patient gets a new
 * link and the one before stops working (there is always exactly one link that works, and it works once). The token
 * is in the URL's fragment, which a browser never sends to any server.
 */
@ApplicationScoped
public class SurveyInvitations {

    static final String TEXT = "Vi vil gjerne høre hva du synes om digital hjemmeoppfølging. Undersøkelsen er anonym: "
            + "svarene dine lagres uten navn eller annet som kan knytte dem til deg, og oppfølgingstjenesten kan ikke "
            + "se hva du har svart. Alle spørsmålene er frivillige. Lenken kan brukes én gang.";

    /** An invitation with its link, in Norwegian for the patient. */
    public record Invitation(UUID roundId, int year, String title, String text, String link) {
    }

    private final InvitationRows rows;
    private final PatientAccess access;
    private final String baseUrl;
    private final SecureRandom random = new SecureRandom();

    public SurveyInvitations(InvitationRows rows, PatientAccess access,
                             @ConfigProperty(name = "dho.survey.public-base-url") String baseUrl) {
        this.rows = rows;
        this.access = access;
        this.baseUrl = baseUrl;
    }

    /** The caller's open invitations, each with a new link; 404 without a linked patient record. */
    @Transactional
    public List<Invitation> mine() {
        return linksFor(access.requireSelfId());
    }

    /** The patient's open invitations, each with a new link (the caller is the patient, or the demo data). */
    @Transactional
    public List<Invitation> linksFor(UUID patientId) {
        return rows.openOf(patientId).stream().map(open -> {
            String token = LinkToken.generate(random);
            rows.setToken(open.roundId(), patientId, LinkToken.hash(token));
            return new Invitation(open.roundId(), open.year(), "Brukerundersøkelse " + open.year(), TEXT,
                    baseUrl + "#" + token);
        }).toList();
    }
}
