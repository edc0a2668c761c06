package no.mila.dho.console.municipality;

import jakarta.ws.rs.FormParam;

/** The fields of the referral form as posted ({@code @BeanParam}); the national identity number only in the body. */
public class ReferralForm {

    @FormParam("nationalId")
    String nationalId;
    @FormParam("givenName")
    String givenName;
    @FormParam("familyName")
    String familyName;
    @FormParam("municipality")
    String municipality;
    @FormParam("phone")
    String phone;
    @FormParam("gpName")
    String gpName;
    @FormParam("gpHpr")
    String gpHpr;
    @FormParam("pathway")
    String pathway;
    @FormParam("source")
    String source;
    @FormParam("department")
    String department;
    @FormParam("oralConsent")
    String oralConsent;
    @FormParam("referredOn")
    String referredOn;
    @FormParam("note")
    String note;

    FormState state() {
        return FormState.empty().with("nationalId", nationalId).with("givenName", givenName)
                .with("familyName", familyName).with("municipality", municipality).with("phone", phone)
                .with("gpName", gpName).with("gpHpr", gpHpr).with("pathway", pathway).with("source", source)
                .with("department", department).with("oralConsent", oralConsent).with("referredOn", referredOn)
                .with("note", note);
    }
}
