package no.mila.dho.messaging.domain;

/** The sizes a thread's subject and a message's text may have (the columns of V16 hold exactly these). */
public final class MessageLimits {

    public static final int SUBJECT = 200;
    public static final int TEXT = 4000;

    private MessageLimits() {
    }
}
