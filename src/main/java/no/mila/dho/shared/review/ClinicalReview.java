package no.mila.dho.shared.review;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/**
 * Whether shipped clinical content (default thresholds, plan templates) is still a provisional example awaiting
 * the clinical lead's review, and the review once an admin has recorded it.
 */
@Embeddable
public class ClinicalReview {

    @Column(nullable = false)
    public boolean provisional;

    @Column(name = "reviewed_by")
    public String reviewedBy;

    @Column(name = "reviewed_on")
    public LocalDate reviewedOn;

    @Column(name = "review_note")
    public String reviewNote;

    /** Content not yet reviewed. */
    public static ClinicalReview pending() {
        ClinicalReview review = new ClinicalReview();
        review.provisional = true;
        return review;
    }

    /** Content that needs no review of this kind (e.g. ordered by a physician for one patient). */
    public static ClinicalReview notNeeded() {
        return new ClinicalReview();
    }

    /** Records the clinical lead's review: the content is no longer provisional. */
    public void record(String reviewer, LocalDate on, String note) {
        provisional = false;
        reviewedBy = reviewer;
        reviewedOn = on;
        reviewNote = note;
    }
}
