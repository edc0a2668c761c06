/**
 * Messages between a patient and the follow-up service (meldinger i appen): threads per patient, read status
 * both ways, the automatic reply that the service is not an emergency service. See docs/messages.md.
 */
package no.mila.dho.messaging;
