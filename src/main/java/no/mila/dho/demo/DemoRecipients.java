package no.mila.dho.demo;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import no.mila.dho.outbox.application.InboxTransport;
import no.mila.dho.outbox.application.RecipientRegister;
import no.mila.dho.outbox.domain.Recipient;
import no.mila.dho.outbox.domain.RecipientKind;

/**
 * The recipient register of the demo, entered by admin Ada: the demo patients' GP (Lars, HPR 9200001), Ahus and its
 * heart and lung departments, and home nursing and the coordinator of each demo municipality; all with the local
 * inbox transport, so the run command shows in {@code GET /api/outbox/inbox} what each would have received. The
 * HER-ids are made up (8 digits from 90000000), not Adresseregisteret's.
 */
@ApplicationScoped
class DemoRecipients {

    private static final Map<String, String> MUNICIPALITIES = Map.of("3209", "Ullensaker", "3228", "Nes",
            "3238", "Nannestad", "3240", "Eidsvoll", "3230", "Gjerdrum");

    private final RecipientRegister register;

    DemoRecipients(RecipientRegister register) {
        this.register = register;
    }

    /** Enters the demo register unless the register has entries already. */
    void load() {
        if (!register.all().isEmpty()) {
            return;
        }
        List<Recipient> entries = new ArrayList<>(List.of(
                entry(RecipientKind.GP, "9200001", "Lars Fastlege, Jessheim legesenter", "90000001"),
                entry(RecipientKind.HOSPITAL, "AHUS", "Akershus universitetssykehus", "90000010"),
                entry(RecipientKind.DEPARTMENT, "AHUS_HEART", "Ahus, hjerteavdelingen", "90000011"),
                entry(RecipientKind.DEPARTMENT, "AHUS_LUNG", "Ahus, lungeavdelingen", "90000012")));
        int her = 90000100;
        for (var m : new TreeMap<>(MUNICIPALITIES).entrySet()) {
            entries.add(entry(RecipientKind.HOME_NURSING, m.getKey(), "Hjemmesykepleien i " + m.getValue(),
                    String.valueOf(her++)));
            entries.add(entry(RecipientKind.COORDINATOR, m.getKey(), "DHO-koordinator i " + m.getValue(),
                    String.valueOf(her++)));
        }
        entries.forEach(e -> register.create(e, DemoUser.ADA.subject, DemoUser.ADA.displayName));
    }

    private static Recipient entry(RecipientKind kind, String key, String name, String herId) {
        return new Recipient(null, kind, key, name, herId, null, InboxTransport.NAME, null, true);
    }
}
