package no.mila.dho.threshold.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import no.mila.dho.audit.Audited;
import no.mila.dho.audit.domain.AccessAction;
import no.mila.dho.shared.paging.Page;
import no.mila.dho.shared.paging.PageRequest;
import no.mila.dho.shared.security.Roles;
import no.mila.dho.threshold.application.DueReviews;
import no.mila.dho.threshold.application.DueReviews.DueReview;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Patients whose 14-day baseline is over and whose individual thresholds are not yet in force. */
@Path("/api/threshold-reviews")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Threshold changes")
public class ThresholdReviewsResource {

    private final DueReviews reviews;

    public ThresholdReviewsResource(DueReviews reviews) {
        this.reviews = reviews;
    }

    @GET
    @Path("/due")
    @RolesAllowed({Roles.NURSE, Roles.PHYSICIAN})
    @Audited(value = AccessAction.SEARCH, resource = "threshold-review")
    @Operation(summary = "Threshold reviews due: patients past day 14 of the baseline still on the pathway "
            + "defaults, most overdue first, with their open change request if any")
    public Page<DueReview> due(@Valid @BeanParam PageRequest page) {
        return reviews.page(page);
    }
}
