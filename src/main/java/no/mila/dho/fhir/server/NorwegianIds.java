package no.mila.dho.fhir.server;

/** The identifier systems of Norway's national registers (OIDs of the Directorate of e-health, Volven). */
public final class NorwegianIds {

    /** Fødselsnummer (national identity number). */
    public static final String FODSELSNUMMER = "urn:oid:2.16.578.1.12.4.1.4.1";
    /** D-nummer (identity number of people not registered as residents). */
    public static final String D_NUMMER = "urn:oid:2.16.578.1.12.4.1.4.2";
    /** HPR-nummer (the health personnel register). */
    public static final String HPR = "urn:oid:2.16.578.1.12.4.1.4.4";
    /** Kommunenummer (Volven code system 3402, the municipalities). */
    public static final String KOMMUNENUMMER = "urn:oid:2.16.578.1.12.4.1.1.3402";

    private NorwegianIds() {
    }
}
