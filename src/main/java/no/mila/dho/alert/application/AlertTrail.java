package no.mila.dho.alert.application;

import no.mila.dho.alert.domain.HandlingTrail;

/**
 * The trail of the handling of alerts. The worklist keeps the trail of all its items (alerts and tasks) and
 * implements this; the alert feature appends to it and reads it only through here.
 */
public interface AlertTrail extends HandlingTrail {
}
