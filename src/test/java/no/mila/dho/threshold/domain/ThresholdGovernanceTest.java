package no.mila.dho.threshold.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import no.mila.dho.patient.domain.Actor;
import no.mila.dho.patient.domain.EpisodeState;
import no.mila.dho.patient.domain.PatientFacts;
import org.junit.jupiter.api.Test;

/**
 * Every step, by every kind of actor, in every episode state, on a request in every status, where the actor
 * entered it, ordered it, both, or neither: the properties the governance must keep, checked on all of them.
 */
class ThresholdGovernanceTest {

    static final PatientFacts PATIENT = new PatientFacts("3209", "9200001", "9200002", "login-1");

    enum Who { NURSE, GP, RESPONSIBLE, OTHER_PHYSICIAN, NURSE_AND_OTHER_PHYSICIAN, COORDINATOR, PATIENT, ADMIN }

    enum Relation { NONE, ENTERED, ORDERED, ENTERED_AND_ORDERED }

    static Actor actor(Who who) {
        String subject = "actor-" + who;
        return switch (who) {
            case NURSE -> new Actor(subject, Set.of("nurse"), Optional.of("9100001"), Optional.empty());
            case GP -> new Actor(subject, Set.of("physician"), Optional.of("9200001"), Optional.empty());
            case RESPONSIBLE -> new Actor(subject, Set.of("physician"), Optional.of("9200002"), Optional.empty());
            case OTHER_PHYSICIAN -> new Actor(subject, Set.of("physician"), Optional.of("9299999"), Optional.empty());
            case NURSE_AND_OTHER_PHYSICIAN -> new Actor(subject, Set.of("nurse", "physician"), Optional.of("9299998"),
                    Optional.empty());
            case COORDINATOR -> new Actor(subject, Set.of("coordinator"), Optional.empty(), Optional.of("3209"));
            case PATIENT -> new Actor("login-1", Set.of("patient"), Optional.empty(), Optional.empty());
            case ADMIN -> new Actor(subject, Set.of("admin"), Optional.empty(), Optional.empty());
        };
    }

    static RequestFacts request(ChangeStatus status, Actor actor, Relation relation) {
        boolean entered = relation == Relation.ENTERED || relation == Relation.ENTERED_AND_ORDERED;
        boolean ordered = relation == Relation.ORDERED || relation == Relation.ENTERED_AND_ORDERED;
        String orderedBy = status == ChangeStatus.PROPOSED ? null : ordered ? actor.subject() : "someone-else-ordered";
        return new RequestFacts(status, entered ? actor.subject() : "someone-else-entered", orderedBy);
    }

    record Case(ChangeStep step, Who who, EpisodeState episode, ChangeStatus status, Relation relation,
                Optional<Refusal> outcome) {
        boolean allowed() {
            return outcome.isEmpty();
        }
    }

    static List<Case> all() {
        List<Case> cases = new ArrayList<>();
        List<EpisodeState> episodes = new ArrayList<>(Arrays.asList(EpisodeState.values()));
        episodes.add(null);
        for (ChangeStep step : ChangeStep.values()) {
            for (Who who : Who.values()) {
                Actor actor = actor(who);
                for (EpisodeState episode : episodes) {
                    if (step == ChangeStep.PROPOSE) {
                        cases.add(new Case(step, who, episode, null, Relation.NONE,
                                ThresholdGovernance.check(step, actor, PATIENT, episode, null)));
                        continue;
                    }
                    for (ChangeStatus status : ChangeStatus.values()) {
                        for (Relation relation : Relation.values()) {
                            if (status == ChangeStatus.PROPOSED && (relation == Relation.ORDERED
                                    || relation == Relation.ENTERED_AND_ORDERED)) {
                                continue; // nobody has ordered a proposed request
                            }
                            cases.add(new Case(step, who, episode, status, relation, ThresholdGovernance.check(step,
                                    actor, PATIENT, episode, request(status, actor, relation))));
                        }
                    }
                }
            }
        }
        return cases;
    }

    @Test
    void patients_coordinators_and_admins_are_refused_every_step_for_their_role() {
        assertThat(all()).filteredOn(c -> Set.of(Who.PATIENT, Who.COORDINATOR, Who.ADMIN).contains(c.who()))
                .isNotEmpty()
                .allSatisfy(c -> assertThat(c.outcome()).get().extracting(Refusal::kind).isEqualTo(Refusal.Kind.ROLE));
    }

    @Test
    void a_physician_who_is_not_the_patients_takes_no_step() {
        assertThat(all()).filteredOn(c -> c.who() == Who.OTHER_PHYSICIAN).isNotEmpty()
                .allSatisfy(c -> assertThat(c.outcome()).get().extracting(Refusal::kind)
                        .isEqualTo(Refusal.Kind.NOT_THE_PATIENTS_PHYSICIAN));
    }

    @Test
    void only_the_patients_gp_or_responsible_physician_orders() {
        assertThat(all()).filteredOn(c -> c.step() == ChangeStep.ORDER && c.allowed()).isNotEmpty()
                .allSatisfy(c -> assertThat(c.who()).isIn(Who.GP, Who.RESPONSIBLE));
        assertThat(all()).filteredOn(c -> c.step() == ChangeStep.ORDER && c.who() == Who.NURSE)
                .allSatisfy(c -> assertThat(c.outcome()).isPresent());
    }

    @Test
    void nobody_verifies_what_they_entered_or_ordered() {
        assertThat(all()).filteredOn(c -> c.step() == ChangeStep.VERIFY && c.relation() != Relation.NONE
                        && c.status() == ChangeStatus.ORDERED && c.episode() != null && c.episode().isAllocated()
                        && Set.of(Who.NURSE, Who.GP, Who.RESPONSIBLE, Who.NURSE_AND_OTHER_PHYSICIAN).contains(c.who()))
                .isNotEmpty()
                .allSatisfy(c -> assertThat(c.outcome()).get().extracting(Refusal::kind).isEqualTo(Refusal.Kind.FOUR_EYES));
        assertThat(all()).filteredOn(c -> c.step() == ChangeStep.VERIFY && c.allowed()).isNotEmpty()
                .allSatisfy(c -> assertThat(c.relation()).isEqualTo(Relation.NONE));
    }

    @Test
    void verification_needs_an_order_and_changes_need_an_allocated_open_episode() {
        assertThat(all()).filteredOn(c -> c.step() == ChangeStep.VERIFY && c.allowed())
                .allSatisfy(c -> assertThat(c.status()).isEqualTo(ChangeStatus.ORDERED));
        assertThat(all()).filteredOn(c -> Set.of(ChangeStep.PROPOSE, ChangeStep.ORDER, ChangeStep.VERIFY).contains(c.step())
                        && c.allowed())
                .allSatisfy(c -> assertThat(c.episode()).isIn(EpisodeState.ACTIVE_BASELINE, EpisodeState.ACTIVE,
                        EpisodeState.PAUSED));
        assertThat(all()).filteredOn(c -> c.episode() == EpisodeState.ENDED
                        && Set.of(ChangeStep.PROPOSE, ChangeStep.ORDER, ChangeStep.VERIFY).contains(c.step()))
                .allSatisfy(c -> assertThat(c.outcome()).isPresent());
    }

    @Test
    void a_final_request_takes_no_step() {
        assertThat(all()).filteredOn(c -> c.status() != null && !c.status().isOpen()).isNotEmpty()
                .allSatisfy(c -> assertThat(c.outcome()).isPresent());
    }

    @Test
    void closing_is_for_the_physician_the_second_person_or_who_proposed_or_ordered() {
        assertThat(all()).filteredOn(c -> c.step() == ChangeStep.WITHDRAW && c.allowed()).isNotEmpty()
                .allSatisfy(c -> assertThat(c.relation()).isNotEqualTo(Relation.NONE));
        assertThat(all()).filteredOn(c -> c.step() == ChangeStep.REJECT && c.allowed()).isNotEmpty()
                .allSatisfy(c -> assertThat(c.who() == Who.GP || c.who() == Who.RESPONSIBLE
                        || (c.status() == ChangeStatus.ORDERED && c.relation() == Relation.NONE)).isTrue());
        // an open request of an ended episode can still be closed
        assertThat(ThresholdGovernance.check(ChangeStep.WITHDRAW, actor(Who.NURSE), PATIENT, EpisodeState.ENDED,
                request(ChangeStatus.PROPOSED, actor(Who.NURSE), Relation.ENTERED))).isEmpty();
    }

    @Test
    void the_ordinary_paths_are_allowed() {
        Actor nurse = actor(Who.NURSE);
        Actor gp = actor(Who.GP);
        assertThat(ThresholdGovernance.check(ChangeStep.PROPOSE, nurse, PATIENT, EpisodeState.ACTIVE_BASELINE, null)).isEmpty();
        assertThat(ThresholdGovernance.check(ChangeStep.PROPOSE, gp, PATIENT, EpisodeState.PAUSED, null)).isEmpty();
        assertThat(ThresholdGovernance.check(ChangeStep.ORDER, gp, PATIENT, EpisodeState.ACTIVE,
                new RequestFacts(ChangeStatus.PROPOSED, nurse.subject(), null))).isEmpty();
        assertThat(ThresholdGovernance.check(ChangeStep.ORDER, gp, PATIENT, EpisodeState.ACTIVE,
                new RequestFacts(ChangeStatus.PROPOSED, gp.subject(), null))).isEmpty();
        assertThat(ThresholdGovernance.check(ChangeStep.VERIFY, actor(Who.RESPONSIBLE), PATIENT, EpisodeState.ACTIVE,
                new RequestFacts(ChangeStatus.ORDERED, nurse.subject(), gp.subject()))).isEmpty();
        assertThat(ThresholdGovernance.check(ChangeStep.VERIFY, actor(Who.NURSE_AND_OTHER_PHYSICIAN), PATIENT,
                EpisodeState.ACTIVE, new RequestFacts(ChangeStatus.ORDERED, gp.subject(), gp.subject()))).isEmpty();
    }
}
