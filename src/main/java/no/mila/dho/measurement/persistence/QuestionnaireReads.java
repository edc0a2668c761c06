package no.mila.dho.measurement.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.mila.dho.measurement.domain.Zone;

/** The symptom questionnaires of the pathways (data, loaded by migration), and the pathway a patient answers. */
@ApplicationScoped
public class QuestionnaireReads {

    private static final String OPTIONS = """
            SELECT q.code AS question_code, q.text_nb AS question_nb, q.text_en AS question_en,
                   o.code AS option_code, o.text_nb AS option_nb, o.text_en AS option_en, o.zone, n.provisional
            FROM questionnaire n
            JOIN symptom_question q ON q.pathway = n.pathway
            JOIN symptom_option o ON o.pathway = q.pathway AND o.question = q.code
            WHERE n.pathway = :pathway
            ORDER BY q.sort_order, o.sort_order""";

    private static final String OPEN_PATHWAY = """
            SELECT pe.pathway FROM patient_episode_view pe WHERE pe.patient_id = :patient AND pe.episode_id IS NOT NULL""";

    private final EntityManager em;

    public QuestionnaireReads(EntityManager em) {
        this.em = em;
    }

    /** One answer option of a question, with the question and whether the questionnaire is provisional. */
    public record OptionRow(String questionCode, String questionNb, String questionEn, String optionCode,
                            String optionNb, String optionEn, Zone zone, boolean provisional) {

        static OptionRow of(Tuple t) {
            return new OptionRow(t.get("question_code", String.class), t.get("question_nb", String.class),
                    t.get("question_en", String.class), t.get("option_code", String.class),
                    t.get("option_nb", String.class), t.get("option_en", String.class),
                    Zone.valueOf(t.get("zone", String.class)), t.get("provisional", Boolean.class));
        }
    }

    /** The options of the pathway's questionnaire, question by question in their order; none without one. */
    @SuppressWarnings("unchecked")
    public List<OptionRow> options(String pathway) {
        List<Tuple> rows = em.createNativeQuery(OPTIONS, Tuple.class).setParameter("pathway", pathway).getResultList();
        return rows.stream().map(OptionRow::of).toList();
    }

    /** The pathway of the patient's open episode, if there is one. */
    @SuppressWarnings("unchecked")
    public Optional<String> openPathwayOf(UUID patientId) {
        List<Tuple> rows = em.createNativeQuery(OPEN_PATHWAY, Tuple.class).setParameter("patient", patientId)
                .getResultList();
        return rows.stream().map(t -> t.get("pathway", String.class)).findFirst();
    }
}
