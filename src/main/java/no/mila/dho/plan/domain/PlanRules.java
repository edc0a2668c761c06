package no.mila.dho.plan.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The rules of a self-management plan's content: every item has a text; medication items name drug and dose and
 * nothing else does; goals are short; and only a physician creates, changes or removes a medication item.
 */
public final class PlanRules {

    public static final int MAX_ITEMS_PER_ZONE = 30;
    public static final int MAX_GOALS = 10;
    public static final int MAX_TEXT = 1000;

    private PlanRules() {
    }

    /** A problem with one field of the plan, e.g. {@code zones.YELLOW[2].dose}. */
    public record Violation(String field, String message) {
    }

    public static List<Violation> problems(List<String> goals, List<PlanItem> items) {
        List<Violation> problems = new ArrayList<>();
        if (goals.size() > MAX_GOALS) {
            problems.add(new Violation("goals", "at most " + MAX_GOALS + " goals"));
        }
        for (int i = 0; i < goals.size(); i++) {
            String goal = goals.get(i);
            if (goal == null || goal.isBlank() || goal.length() > 500) {
                problems.add(new Violation("goals[" + i + "]", "must be 1-500 characters"));
            }
        }
        Set<String> keys = new HashSet<>();
        items.stream().map(PlanItem::key).filter(k -> k != null && !keys.add(k)).distinct().forEach(k ->
                problems.add(new Violation("zones", "item id " + k + " is given more than once")));
        items.stream().collect(Collectors.groupingBy(PlanItem::zone)).forEach((zone, inZone) -> {
            if (inZone.size() > MAX_ITEMS_PER_ZONE) {
                problems.add(new Violation("zones." + zone, "at most " + MAX_ITEMS_PER_ZONE + " items"));
            }
            for (int i = 0; i < inZone.size(); i++) {
                problems.addAll(itemProblems("zones." + zone + "[" + i + "]", inZone.get(i)));
            }
        });
        return problems;
    }

    private static List<Violation> itemProblems(String field, PlanItem item) {
        List<Violation> problems = new ArrayList<>();
        if (item.category() == null) {
            problems.add(new Violation(field + ".category", "is required"));
        }
        if (item.text() == null || item.text().isBlank() || item.text().length() > MAX_TEXT) {
            problems.add(new Violation(field + ".text", "must be 1-" + MAX_TEXT + " characters"));
        }
        if (item.isMedication()) {
            if (blank(item.drug()) || item.drug().length() > 200) {
                problems.add(new Violation(field + ".drug", "a medication item names the drug (1-200 characters)"));
            }
            if (blank(item.dose()) || item.dose().length() > 200) {
                problems.add(new Violation(field + ".dose", "a medication item names the dose (1-200 characters)"));
            }
            if (item.start() != null && item.start().length() > 500) {
                problems.add(new Violation(field + ".start", "at most 500 characters"));
            }
            if (item.stop() != null && item.stop().length() > 500) {
                problems.add(new Violation(field + ".stop", "at most 500 characters"));
            }
        } else if (!blank(item.drug()) || !blank(item.dose()) || !blank(item.start()) || !blank(item.stop())) {
            problems.add(new Violation(field + ".category", "only a MEDICATION item has drug, dose, start and stop"));
        }
        return problems;
    }

    /**
     * Whether going from {@code before} to {@code after} creates, changes or removes a medication item (moving one
     * within or between zones' order is not a change of the medication; moving it to another zone is).
     */
    public static boolean changesMedication(List<PlanItem> before, List<PlanItem> after) {
        return !medication(before).equals(medication(after));
    }

    private static Set<List<Object>> medication(List<PlanItem> items) {
        Set<List<Object>> medication = new HashSet<>();
        for (PlanItem item : items) {
            if (item.isMedication()) {
                medication.add(java.util.Arrays.asList(item.key(), item.zone(), item.text(), item.drug(), item.dose(),
                        item.start(), item.stop()));
            }
        }
        return medication;
    }

    /** Home nursing takes part where the patient had home-nursing visits at allocation (null: not allocated). */
    public static boolean hasHomeNursing(Integer baselineNursingVisitsPerMonth) {
        return baselineNursingVisitsPerMonth != null && baselineNursingVisitsPerMonth > 0;
    }

    /** Who gets a copy of an approved plan: the GP, the follow-up service, and home nursing where the patient has it. */
    public static Set<Recipient> recipients(boolean homeNursing) {
        Set<Recipient> recipients = EnumSet.of(Recipient.GP, Recipient.FOLLOW_UP_SERVICE);
        if (homeNursing) {
            recipients.add(Recipient.HOME_NURSING);
        }
        return recipients;
    }

    /** Goals from somewhere (the active plan, the goal conversation) and when they were settled; both non-null. */
    public record GoalSource(List<String> goals, Instant settledAt) {
    }

    /**
     * The goals a new draft starts from ("what matters to you"): those sent with the draft; else the newer of the
     * active plan's (approved at) and the goal conversation's (recorded at), the conversation on a tie; else none.
     * {@code activePlan} and {@code conversation} may be null (there is none).
     */
    public static List<String> startingGoals(List<String> sent, GoalSource activePlan, GoalSource conversation) {
        if (sent != null) {
            return sent;
        }
        if (conversation != null && (activePlan == null || !conversation.settledAt().isBefore(activePlan.settledAt()))) {
            return conversation.goals();
        }
        return activePlan == null ? List.of() : activePlan.goals();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
