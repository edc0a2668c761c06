package no.mila.dho.survey.domain;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which results of a round may be shown without pointing at a few patients. A municipality's results are shown only
 * where at least {@link #MIN_ANSWERS} answered; the overall results only where at least that many answered in all.
 * And because the overall results less the shown municipalities' would give the hidden ones' together, the hidden
 * municipalities must together have none or at least {@link #MIN_ANSWERS} answers: where they have 1-4, the
 * shown municipality with the fewest answers (then the lowest number) is hidden too (secondary suppression).
 */
public final class Disclosure {

    /** The fewest answers a shown result may count. */
    public static final int MIN_ANSWERS = 5;

    private Disclosure() {
    }

    public static boolean overallShown(long answers) {
        return answers >= MIN_ANSWERS;
    }

    /** The municipalities whose results may be shown, from the number of answers of each (0 allowed). */
    public static Set<String> shownMunicipalities(Map<String, Long> answersByMunicipality) {
        long total = answersByMunicipality.values().stream().mapToLong(Long::longValue).sum();
        if (!overallShown(total)) {
            return Set.of();
        }
        Set<String> shown = answersByMunicipality.entrySet().stream().filter(e -> e.getValue() >= MIN_ANSWERS)
                .map(Map.Entry::getKey).collect(Collectors.toCollection(HashSet::new));
        long hidden = total - shown.stream().mapToLong(answersByMunicipality::get).sum();
        if (hidden > 0 && hidden < MIN_ANSWERS) {
            List<String> smallestFirst = shown.stream().sorted(Comparator.<String, Long>comparing(answersByMunicipality::get)
                    .thenComparing(Comparator.<String>naturalOrder())).toList();
            shown.remove(smallestFirst.get(0));
        }
        return Set.copyOf(shown);
    }

    /** Why a municipality's results are not shown, in Norwegian for the reader of the report. */
    public static String reasonHidden(long answers) {
        return answers < MIN_ANSWERS
                ? "Færre enn " + MIN_ANSWERS + " har svart i kommunen. Resultatene vises ikke, så ingen svar kan knyttes "
                        + "til enkeltpersoner."
                : "Resultatene vises ikke, fordi de ellers sammen med totalen ville vise svarene i en kommune der færre "
                        + "enn " + MIN_ANSWERS + " har svart.";
    }

    /** Why the overall results are not shown. */
    public static String reasonOverallHidden() {
        return "Færre enn " + MIN_ANSWERS + " har svart i alt. Resultatene vises ikke, så ingen svar kan knyttes til "
                + "enkeltpersoner.";
    }
}
