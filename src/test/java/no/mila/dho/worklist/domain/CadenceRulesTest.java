package no.mila.dho.worklist.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.mila.dho.measurement.domain.Zone;
import org.junit.jupiter.api.Test;

/** Each cadence rule on the day it is due, the day before, and around weekends and holidays. */
class CadenceRulesTest {

    static final LocalDate MON = LocalDate.parse("2026-11-02");

    /** A patient started on {@code start} who reported green every day from the start until {@code lastDay}. */
    static CadenceFacts greenUntil(LocalDate start, LocalDate lastDay, boolean baseline) {
        Map<LocalDate, Zone> days = new HashMap<>();
        for (LocalDate d = start; !d.isAfter(lastDay); d = d.plusDays(1)) {
            days.put(d, Zone.GREEN);
        }
        return new CadenceFacts("ep", start, baseline, days, Optional.of(lastDay), Optional.of(Zone.GREEN));
    }

    static List<TaskType> types(CadenceFacts facts, LocalDate today) {
        return CadenceRules.due(facts, today, 7).stream().map(DueTask::type).toList();
    }

    static DueTask task(CadenceFacts facts, LocalDate today, TaskType type) {
        return CadenceRules.due(facts, today, 7).stream().filter(t -> t.type() == type).findFirst().orElseThrow();
    }

    @Test
    void weekly_contacts_on_day_7_and_14_not_before() {
        CadenceFacts f = greenUntil(MON, MON.plusDays(20), true);
        assertThat(types(f, MON.plusDays(6))).doesNotContain(TaskType.WEEKLY_CONTACT);
        assertThat(task(f, MON.plusDays(7), TaskType.WEEKLY_CONTACT).periodKey()).isEqualTo("ep:week-1");
        assertThat(task(f, MON.plusDays(7), TaskType.WEEKLY_CONTACT).dueDate()).isEqualTo(MON.plusDays(7));
        assertThat(CadenceRules.due(f, MON.plusDays(14), 7)).filteredOn(t -> t.type() == TaskType.WEEKLY_CONTACT)
                .extracting(DueTask::periodKey).containsExactly("ep:week-1", "ep:week-2");
        assertThat(types(f, MON.plusDays(28))).doesNotContain(TaskType.WEEKLY_CONTACT, TaskType.GOAL_CONVERSATION);
    }

    @Test
    void a_due_date_on_a_weekend_or_holiday_moves_to_the_next_working_day() {
        // started Thursday 2026-03-26: day 7 is Thursday 2 April (Maundy Thursday), then Good Friday, weekend,
        // Easter Monday: the first contact is due Tuesday 7 April
        LocalDate start = LocalDate.parse("2026-03-26");
        CadenceFacts f = greenUntil(start, start.plusDays(20), true);
        assertThat(types(f, LocalDate.parse("2026-04-06"))).doesNotContain(TaskType.WEEKLY_CONTACT);
        assertThat(task(f, LocalDate.parse("2026-04-07"), TaskType.WEEKLY_CONTACT).dueDate()).isEqualTo("2026-04-07");
        // started Saturday: day 14 is a Saturday; goal conversation and threshold review due Monday
        LocalDate saturday = LocalDate.parse("2026-11-07");
        CadenceFacts g = greenUntil(saturday, saturday.plusDays(20), true);
        assertThat(types(g, saturday.plusDays(14))).doesNotContain(TaskType.GOAL_CONVERSATION);
        assertThat(task(g, saturday.plusDays(16), TaskType.GOAL_CONVERSATION).dueDate()).isEqualTo("2026-11-23");
        assertThat(task(g, saturday.plusDays(16), TaskType.THRESHOLD_REVIEW).dueDate()).isEqualTo("2026-11-23");
    }

    @Test
    void goal_conversation_and_threshold_review_on_day_14_the_review_only_while_in_baseline() {
        CadenceFacts baseline = greenUntil(MON, MON.plusDays(20), true);
        assertThat(types(baseline, MON.plusDays(13))).doesNotContain(TaskType.GOAL_CONVERSATION, TaskType.THRESHOLD_REVIEW);
        assertThat(types(baseline, MON.plusDays(14))).contains(TaskType.GOAL_CONVERSATION, TaskType.THRESHOLD_REVIEW);
        CadenceFacts individual = greenUntil(MON, MON.plusDays(20), false);
        assertThat(types(individual, MON.plusDays(14))).contains(TaskType.GOAL_CONVERSATION)
                .doesNotContain(TaskType.THRESHOLD_REVIEW);
    }

    @Test
    void monthly_contact_from_the_first_working_day_when_the_past_month_was_all_green() {
        CadenceFacts green = greenUntil(LocalDate.parse("2026-09-01"), LocalDate.parse("2026-10-31"), false);
        // 1 November 2026 is a Sunday: due Monday 2 November
        assertThat(task(green, LocalDate.parse("2026-10-30"), TaskType.MONTHLY_CONTACT).periodKey())
                .as("still October's contact (September was green)").isEqualTo("month:2026-10");
        DueTask monthly = task(green, LocalDate.parse("2026-11-02"), TaskType.MONTHLY_CONTACT);
        assertThat(monthly.dueDate()).isEqualTo("2026-11-02");
        assertThat(monthly.periodKey()).isEqualTo("month:2026-11");
        assertThat(monthly.detail()).isEqualTo("Månedlig kontakt: bare grønne målinger i oktober 2026");
        Map<LocalDate, Zone> oneYellow = new HashMap<>(green.worstZoneByDay());
        oneYellow.put(LocalDate.parse("2026-10-15"), Zone.YELLOW);
        CadenceFacts notAllGreen = new CadenceFacts("ep", green.startDate(), false, oneYellow, green.lastReportDay(),
                green.latestReportZone());
        assertThat(types(notAllGreen, LocalDate.parse("2026-11-02"))).doesNotContain(TaskType.MONTHLY_CONTACT);
    }

    @Test
    void no_reports_after_14_days_without_one() {
        LocalDate last = LocalDate.parse("2026-11-02");
        CadenceFacts f = greenUntil(LocalDate.parse("2026-09-01"), last, false);
        assertThat(types(f, last.plusDays(13))).doesNotContain(TaskType.NO_REPORTS);
        DueTask task = task(f, last.plusDays(14), TaskType.NO_REPORTS);
        assertThat(task.periodKey()).isEqualTo("since:2026-11-02");
        assertThat(task.detail()).isEqualTo("Ingen målinger siden 02.11.2026");
        CadenceFacts never = new CadenceFacts("ep", MON, true, Map.of(), Optional.empty(), Optional.empty());
        assertThat(types(never, MON.plusDays(13))).doesNotContain(TaskType.NO_REPORTS);
        assertThat(task(never, MON.plusDays(14), TaskType.NO_REPORTS).periodKey()).isEqualTo("since:" + MON);
    }

    @Test
    void persistently_yellow_after_n_yellow_days_in_a_row() {
        Map<LocalDate, Zone> days = new HashMap<>();
        LocalDate first = LocalDate.parse("2026-11-10");
        for (int i = 0; i < 7; i++) {
            days.put(first.plusDays(i), Zone.YELLOW);
        }
        CadenceFacts f = new CadenceFacts("ep", LocalDate.parse("2026-09-01"), false, days,
                Optional.of(first.plusDays(6)), Optional.of(Zone.YELLOW));
        assertThat(types(f, first.plusDays(6))).as("six full days").doesNotContain(TaskType.PERSISTENTLY_YELLOW);
        DueTask task = task(f, first.plusDays(7), TaskType.PERSISTENTLY_YELLOW);
        assertThat(task.periodKey()).isEqualTo("from:2026-11-10");
        assertThat(task.detail()).isEqualTo("Gul 7 dager på rad siden 10.11.2026: kontakt legen om tiltak eller nye "
                + "terskelverdier");
        assertThat(CadenceRules.due(f, first.plusDays(7), 8)).extracting(DueTask::type)
                .doesNotContain(TaskType.PERSISTENTLY_YELLOW);
        days.put(first.plusDays(3), Zone.GREEN);
        assertThat(types(f, first.plusDays(7))).doesNotContain(TaskType.PERSISTENTLY_YELLOW);
    }

    @Test
    void measure_daily_after_yellow_or_red_until_green_a_missed_day_raises_a_task() {
        LocalDate yellowDay = LocalDate.parse("2026-11-16");
        for (Zone zone : List.of(Zone.YELLOW, Zone.RED)) {
            CadenceFacts f = new CadenceFacts("ep", LocalDate.parse("2026-09-01"), false, Map.of(yellowDay, zone),
                    Optional.of(yellowDay), Optional.of(zone));
            assertThat(types(f, yellowDay.plusDays(1))).as("the next day is not over yet")
                    .doesNotContain(TaskType.MEASURE_DAILY);
            assertThat(task(f, yellowDay.plusDays(2), TaskType.MEASURE_DAILY).periodKey()).isEqualTo("after:2026-11-16");
        }
        CadenceFacts green = new CadenceFacts("ep", LocalDate.parse("2026-09-01"), false, Map.of(yellowDay, Zone.GREEN),
                Optional.of(yellowDay), Optional.of(Zone.GREEN));
        assertThat(types(green, yellowDay.plusDays(2))).doesNotContain(TaskType.MEASURE_DAILY);
    }
}
