package no.mila.dho.fhir.ingestion;

import ca.uhn.fhir.rest.annotation.Transaction;
import ca.uhn.fhir.rest.annotation.TransactionParam;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import no.mila.dho.fhir.flag.FlagReads;
import no.mila.dho.fhir.observation.ObservationMapping;
import no.mila.dho.fhir.server.FhirAuthorization;
import no.mila.dho.fhir.server.FhirErrors;
import no.mila.dho.fhir.server.FhirPlainProvider;
import no.mila.dho.fhir.server.SmartScopes.Interaction;
import no.mila.dho.measurement.application.ObservationReads;
import no.mila.dho.measurement.application.ObservationRecord;
import no.mila.dho.measurement.application.OwnRecord;
import no.mila.dho.measurement.application.ReportService;
import no.mila.dho.measurement.application.ThresholdLimits;
import no.mila.dho.patient.application.PatientAccess;
import no.mila.dho.shared.problem.ProblemException;
import no.mila.dho.shared.security.CurrentUser;
import no.mila.dho.shared.security.Roles;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Flag;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.QuestionnaireResponse;

/**
 * A patient's report as a FHIR {@code transaction} Bundle (device gateways and apps that speak FHIR): read by
 * {@link ReportBundleReader}, then given to exactly the report path of {@code POST /api/me/reports}
 * ({@link ReportService#submitOwn}: the same rules, evaluation and exactly-once by report id: the same Bundle again
 * stores nothing and gets the same answer; other content under the same id is 422), answered by
 * {@link TransactionAnswer}. Observations are authorized before this runs; a QuestionnaireResponse here.
 */
@Singleton
public class ReportTransactionProvider implements FhirPlainProvider {

    private final ReportService reports;
    private final ObservationReads observations;
    private final ThresholdLimits limits;
    private final PatientAccess access;
    private final OwnRecord own;
    private final FhirAuthorization authorization;
    private final CurrentUser user;
    private final TransactionAnswer answers;
    private final FlagReads flags;

    public ReportTransactionProvider(ReportService reports, ObservationReads observations, ThresholdLimits limits,
                                     PatientAccess access, OwnRecord own, FhirAuthorization authorization,
                                     CurrentUser user, ObjectMapper json, FlagReads flags) {
        this.flags = flags;
        this.reports = reports;
        this.observations = observations;
        this.limits = limits;
        this.access = access;
        this.own = own;
        this.authorization = authorization;
        this.user = user;
        this.answers = new TransactionAnswer(json);
    }

    @Transaction
    public Bundle report(@TransactionParam Bundle bundle, RequestDetails request) {
        if (bundle.getEntry().stream().anyMatch(e -> e.getResource() instanceof QuestionnaireResponse)) {
            authorization.require("QuestionnaireResponse", Interaction.CREATE);
        }
        try {
            return submit(bundle, request.getFhirServerBase());
        } catch (ProblemException refused) {
            // HAPI would wrap a feature's refusal thrown from a provider as a 500: keep its status
            throw FhirErrors.of(refused);
        }
    }

    private Bundle submit(Bundle bundle, String base) {
        UUID patientId = access.requireSelfId();
        ReportBundle sent = ReportBundleReader.read(bundle, patientId, pathway());
        ReportService.Outcome outcome;
        try {
            outcome = reports.submitOwn(user.subject(), sent.command(),
                    new ReportService.Sender(user.subject(), user.displayName(), Roles.PATIENT, false));
        } catch (ProblemException refused) {
            throw IngestionProblems.translate(refused, sent.fields());
        }
        ObservationReads.ReportObservations stored = observations.ofReport(patientId, sent.command().clientReportId())
                .orElseThrow(() -> new IllegalStateException("A report just stored was not found"));
        Optional<Flag> flag = flags.flagOfReport(patientId, sent.command().clientReportId());
        return answers.of(sent, stored, outcome.answerJson(), base, this::toFhir, flag);
    }

    private Observation toFhir(ObservationRecord record) {
        return ObservationMapping.toFhir(record, record.thresholdSetId() == null ? Map.of()
                : limits.of(record.thresholdSetId()));
    }

    /** The patient's open pathway (its questionnaire), if any; without one the report path refuses the report. */
    private Optional<String> pathway() {
        try {
            return Optional.of(own.questionnaire().pathway());
        } catch (ProblemException none) {
            return Optional.empty();
        }
    }
}
