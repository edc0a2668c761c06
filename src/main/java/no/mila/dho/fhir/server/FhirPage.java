package no.mila.dho.fhir.server;

import ca.uhn.fhir.rest.api.server.IBundleProvider;
import ca.uhn.fhir.rest.server.SimpleBundleProvider;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import java.util.List;
import org.hl7.fhir.instance.model.api.IBaseResource;

/**
 * One page of a search ({@code _count}, {@code _offset}): the server keeps no search state, so any replica answers
 * any page, and the {@code next} link HAPI writes is {@code _offset} plus {@code _count}. {@code _count} is 20 unless
 * given, at most {@value #MAX_COUNT} (a larger one is served as {@value #MAX_COUNT}, and the links say so);
 * {@code _count=0} gives only the total. A negative value, or an offset beyond {@value #MAX_OFFSET}, is 400.
 */
public record FhirPage(int offset, int count) {

    public static final int DEFAULT_COUNT = 20;
    public static final int MAX_COUNT = 200;
    public static final int MAX_OFFSET = 100_000;

    public static FhirPage of(Integer offset, Integer count) {
        int from = offset == null ? 0 : offset;
        int size = count == null ? DEFAULT_COUNT : Math.min(count, MAX_COUNT);
        if (from < 0 || from > MAX_OFFSET) {
            throw new InvalidRequestException("_offset must be between 0 and " + MAX_OFFSET);
        }
        if (size < 0) {
            throw new InvalidRequestException("_count must be 0 or more");
        }
        return new FhirPage(from, size);
    }

    /** The page's resources with the total of the search, for HAPI's searchset Bundle with its links. */
    public IBundleProvider bundle(List<? extends IBaseResource> resources, long total) {
        SimpleBundleProvider bundle = new SimpleBundleProvider(List.copyOf(resources));
        bundle.setSize((int) Math.min(total, Integer.MAX_VALUE));
        bundle.setCurrentPageOffset(offset);
        bundle.setCurrentPageSize(count);
        return bundle;
    }

    /** An empty search (a patient the caller may not see is found nowhere, exactly like one that does not exist). */
    public IBundleProvider empty() {
        return bundle(List.of(), 0);
    }
}
