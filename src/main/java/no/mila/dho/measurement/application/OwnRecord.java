package no.mila.dho.measurement.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import no.mila.dho.measurement.persistence.QuestionnaireReads;
import no.mila.dho.patient.application.PatientAccess;
import no.mila.dho.shared.problem.ProblemException;

/** The caller's own record, for the patient's resources of the measurement feature ({@code /api/me/...}). */
@ApplicationScoped
public class OwnRecord {

    private final PatientAccess access;
    private final QuestionnaireReads reads;
    private final QuestionnaireCatalog catalog;

    public OwnRecord(PatientAccess access, QuestionnaireReads reads, QuestionnaireCatalog catalog) {
        this.access = access;
        this.reads = reads;
        this.catalog = catalog;
    }

    /** The id of the patient whose login the caller is; else 404. */
    public UUID patientId() {
        return access.requireSelfId();
    }

    /** The questionnaire of the caller's open pathway; 404 without a record or an open pathway. */
    public QuestionnaireCatalog.Questionnaire questionnaire() {
        String pathway = reads.openPathwayOf(patientId())
                .orElseThrow(() -> ProblemException.notFound("An open pathway for you"));
        return catalog.of(pathway);
    }
}
