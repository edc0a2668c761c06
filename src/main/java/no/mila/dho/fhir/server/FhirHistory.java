package no.mila.dho.fhir.server;

import ca.uhn.fhir.model.api.ResourceMetadataKeyEnum;
import ca.uhn.fhir.model.valueset.BundleEntryTransactionMethodEnum;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Resource;

/**
 * A version of a resource as an entry of a {@code history} Bundle: FHIR requires each entry's {@code request} (rule
 * bdl-3) and {@code response} (bdl-4). HAPI writes the request from the method this marks (POST for the first
 * version, PUT for every later one) and the response from the version in the resource's id, which this sets.
 */
public final class FhirHistory {

    private FhirHistory() {
    }

    public static <R extends Resource> R entry(R version, int versionNo) {
        version.setIdElement(new IdType(version.fhirType(), version.getIdElement().getIdPart(),
                String.valueOf(versionNo)));
        ResourceMetadataKeyEnum.ENTRY_TRANSACTION_METHOD.put(version,
                versionNo > 1 ? BundleEntryTransactionMethodEnum.PUT : BundleEntryTransactionMethodEnum.POST);
        return version;
    }
}
