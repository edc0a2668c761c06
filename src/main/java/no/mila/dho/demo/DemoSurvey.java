package no.mila.dho.demo;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import no.mila.dho.patient.application.PatientQueries;
import no.mila.dho.shared.paging.PageRequest;
import no.mila.dho.survey.application.Questionnaires;
import no.mila.dho.survey.application.SurveyAnswering;
import no.mila.dho.survey.application.SurveyInvitations;
import no.mila.dho.survey.application.SurveyRounds;
import no.mila.dho.survey.domain.GivenAnswer;
import no.mila.dho.survey.domain.Questionnaire;
import org.jboss.logging.Logger;

/**
 * The user survey of 2026: team leader Tara opens the round on the 2024 questionnaire (inviting every demo patient in
 * follow-up, those of DemoBenefits included), Ola and Nils in Ullensaker and Kari in Nes answer by their single-use
 * links, and Tara closes the round. With three answers, fewer than 5 in each municipality and in all, every result of the round says that it is
 * not shown ({@code GET /api/surveys/rounds/{id}/results}, {@code ?municipality=3209}): the rule at work.
 */
@ApplicationScoped
class DemoSurvey implements DemoPart {

    private static final Logger LOG = Logger.getLogger(DemoSurvey.class);
    private static final int YEAR = 2026;

    private final DemoSession session;
    private final SurveyRounds rounds;
    private final SurveyInvitations invitations;
    private final SurveyAnswering answering;
    private final PatientQueries patients;

    DemoSurvey(DemoSession session, SurveyRounds rounds, SurveyInvitations invitations, SurveyAnswering answering,
               PatientQueries patients) {
        this.session = session;
        this.rounds = rounds;
        this.invitations = invitations;
        this.answering = answering;
        this.patients = patients;
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public void load() {
        if (session.as(DemoUser.TARA, () -> rounds.all().stream().anyMatch(r -> r.year() == YEAR))) {
            return;
        }
        UUID round = session.as(DemoUser.TARA, () -> rounds.open(Questionnaires.SURVEY_2024, YEAR).id());
        answer(DemoData.OLA.nationalId(), 0, 0, "At de ringer meg når målingene er dårlige.");
        answer(DemoData.KARI.nationalId(), 0, 1, "Jeg føler meg tryggere hjemme.");
        answer(DemoData.OTHERS.stream().filter(p -> p.givenName().equals("Nils")).findFirst().orElseThrow()
                .nationalId(), 1, 0, null);
        session.run(DemoUser.TARA, () -> rounds.close(round));
        LOG.infof("Demo survey %d: 3 answers, fewer than 5 in every municipality, so its results say they are not "
                + "shown", YEAR);
    }

    /** The patient answers Kjønn with option {@code gender}, question 3 with option {@code overall}, and 16. */
    private void answer(String nationalId, int gender, int overall, String best) {
        UUID patient = session.as(DemoUser.NORA, () -> patients.search(null, nationalId, null, new PageRequest(0, 1))
                .items().get(0).id());
        invitations.linksFor(patient).forEach(invitation -> {
            String token = invitation.link().substring(invitation.link().indexOf('#') + 1);
            Questionnaire questionnaire = answering.questionnaire(token);
            List<Questionnaire.Question> q = questionnaire.questions();
            List<GivenAnswer> answers = new java.util.ArrayList<>(List.of(
                    new GivenAnswer(q.get(0).id(), List.of(q.get(0).options().get(gender).id()), null),
                    new GivenAnswer(q.get(2).id(), List.of(q.get(2).options().get(overall).id()), null)));
            if (best != null) {
                answers.add(new GivenAnswer(q.get(15).id(), null, best));
            }
            answering.answer(token, answers);
        });
    }
}
