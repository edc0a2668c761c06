package no.mila.dho.collaboration.domain;

import java.util.Map;

/** The follow-up service (oppfølgingstjenesten) as a message's sender names it: its name and phone number. */
public record FollowUpService(String name, String phone) {

    /** The closing line of every message: whom to call with questions, and that the service is no emergency service. */
    String contactLine() {
        return "Spørsmål kan rettes til " + name + ", telefon " + phone + " (hverdager 08:00-15:30). "
                + "Oppfølgingstjenesten er ikke en akuttjeneste.";
    }

    Map<String, Object> payload() {
        return Map.of("name", name, "phone", phone);
    }
}
