package no.mila.dho.console.municipality;

import io.quarkus.qute.TemplateData;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import no.mila.dho.patient.application.EpisodeQueries;
import no.mila.dho.patient.application.EpisodeRecord;
import no.mila.dho.patient.application.PatientDetails;
import no.mila.dho.patient.application.PatientQueries;
import no.mila.dho.patient.application.ReferenceData;
import no.mila.dho.patient.domain.EpisodeState;

/**
 * The top of the coordinator's patient pages: the patient's registration and their latest pathway episode, read
 * through the patient feature's queries (so through PatientAccess: another municipality's patient is 404, and the
 * access is logged on the page's row). No clinical content.
 */
@ApplicationScoped
class PatientHeader {

    /** The patient and their latest episode (null when never referred). */
    @TemplateData
    record Shown(String id, String name, String municipality, String pathwayCode, String pathway, String state,
                 EpisodeRecord episode) {

        public String episodeId() {
            return episode == null ? "" : episode.id().toString();
        }

        boolean inState(EpisodeState s) {
            return episode != null && episode.state() == s;
        }
    }

    private final PatientQueries patients;
    private final EpisodeQueries episodes;
    private final ReferenceData referenceData;

    PatientHeader(PatientQueries patients, EpisodeQueries episodes, ReferenceData referenceData) {
        this.patients = patients;
        this.episodes = episodes;
        this.referenceData = referenceData;
    }

    Shown of(UUID patientId) {
        PatientDetails d = patients.get(patientId).patient().details();
        List<EpisodeRecord> all = episodes.ofPatient(patientId);
        EpisodeRecord latest = all.isEmpty() ? null : all.get(0);
        String pathway = latest == null ? "" : referenceData.pathwayNamesNb()
                .getOrDefault(latest.pathway(), latest.pathway());
        return new Shown(patientId.toString(), d.givenName() + " " + d.familyName(), d.municipality(),
                latest == null ? "" : latest.pathway(), pathway,
                MunicipalityTexts.state(latest == null ? null : latest.state().name()), latest);
    }

    /** The pathway's checklist: general criteria first. */
    List<ReferenceData.Criterion> checklist(String pathway) {
        return referenceData.pathways().stream().filter(p -> p.code().equals(pathway)).findFirst()
                .map(ReferenceData.Pathway::criteria).orElse(List.of());
    }
}
