package no.mila.dho.economics.application;

import no.mila.dho.shared.security.CurrentUser;

/** Who makes a change, for the trails. */
record ChangedBy(String subject, String name, String role) {

    static ChangedBy of(CurrentUser user) {
        return new ChangedBy(user.subject(), user.displayName(), user.primaryRole());
    }
}
