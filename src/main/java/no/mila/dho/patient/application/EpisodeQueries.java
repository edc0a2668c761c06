package no.mila.dho.patient.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import no.mila.dho.patient.domain.EpisodeState;
import no.mila.dho.patient.persistence.AssessmentAnswerEntity;
import no.mila.dho.patient.persistence.EpisodeEntity;
import no.mila.dho.patient.persistence.EpisodeTransitionEntity;
import no.mila.dho.shared.problem.ProblemException;

/** Reading a patient's pathway episodes: with their trail for those who may see the patient, in brief for features. */
@ApplicationScoped
public class EpisodeQueries {

    private final PatientAccess access;

    public EpisodeQueries(PatientAccess access) {
        this.access = access;
    }

    /** The patient's episodes, newest first, each with its assessment and trail; 404 unless the caller may see them. */
    public List<EpisodeRecord> ofPatient(UUID patientId) {
        access.require(patientId);
        return records(EpisodeEntity.ofPatient(patientId));
    }

    /**
     * The patient's open episode, if any. No access check: for features that have checked access to the patient
     * themselves (e.g. through {@link PatientAccess#requireClinical}).
     */
    public Optional<OpenEpisode> openOf(UUID patientId) {
        return EpisodeEntity.openOf(patientId).map(OpenEpisode::of);
    }

    /**
     * The state of episode {@code episodeId}, which exists (another feature holds its id). No access check: for
     * features that have checked access to the episode's patient themselves.
     */
    public EpisodeState stateOf(UUID episodeId) {
        EpisodeEntity episode = EpisodeEntity.findById(episodeId);
        return episode.state;
    }

    /** The episode of the patient, if the caller may see the patient and the episode is theirs; else 404. */
    EpisodeEntity require(UUID patientId, UUID episodeId) {
        access.require(patientId);
        return EpisodeEntity.ofPatient(patientId, episodeId)
                .orElseThrow(() -> ProblemException.notFound("Episode " + episodeId));
    }

    /** The episode as now stored (flushed, so that the version is the one to send with the next change). */
    static EpisodeRecord stored(EpisodeEntity episode) {
        episode.flush();
        return records(List.of(episode)).get(0);
    }

    private static List<EpisodeRecord> records(List<EpisodeEntity> episodes) {
        List<EpisodeTransitionEntity> trail = EpisodeTransitionEntity.ofEpisodes(episodes.stream().map(e -> e.id).toList());
        return episodes.stream().map(e -> EpisodeRecord.of(e, assessment(e),
                trail.stream().filter(t -> t.episodeId.equals(e.id)).map(EpisodeRecord.Transition::of).toList()))
                .toList();
    }

    private static Map<String, Boolean> assessment(EpisodeEntity episode) {
        return AssessmentAnswerEntity.ofEpisode(episode.id).stream()
                .collect(Collectors.toMap(a -> a.criterion, a -> a.met, (a, b) -> a, TreeMap::new));
    }
}
