-- Delivery of outgoing messages (issue 14, outbox feature): the trail of the recipient register, the local inbox
-- transport, and the index the delivery worker claims by.

-- Who changed the recipient register and how: one row per creation, update or deactivation, with the entry as it was
-- before (NULL for a creation) and after.
CREATE TABLE message_recipient_change (
    id          BIGINT       GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    recipient_id UUID        NOT NULL REFERENCES message_recipient (id),
    change      VARCHAR(20)  NOT NULL
        CONSTRAINT message_recipient_change_kind CHECK (change IN ('CREATED', 'UPDATED', 'DEACTIVATED')),
    before      JSONB,
    after       JSONB        NOT NULL,
    changed_at  TIMESTAMPTZ  NOT NULL,
    by_subject  VARCHAR(255) NOT NULL,
    by_name     VARCHAR(255)
);
CREATE INDEX message_recipient_change_recipient ON message_recipient_change (recipient_id, id);

-- The local inbox transport (the run command's demo): what a receiver would have received. message_id is the
-- outgoing message's stable id, so a second delivery of the same message is ignored (ON CONFLICT DO NOTHING).
CREATE TABLE outbox_inbox (
    message_id   UUID         PRIMARY KEY,
    recipient_id UUID         NOT NULL REFERENCES message_recipient (id),
    patient_id   UUID         NOT NULL,
    kind         VARCHAR(40)  NOT NULL,
    subject      VARCHAR(200) NOT NULL,
    text         TEXT         NOT NULL,
    payload      JSONB        NOT NULL,
    received_at  TIMESTAMPTZ  NOT NULL
);
CREATE INDEX outbox_inbox_received ON outbox_inbox (received_at DESC, message_id);

-- The worker's claim: the oldest PENDING message of each patient and address (per-patient order).
CREATE INDEX outgoing_message_pending_address
    ON outgoing_message (patient_id, recipient_kind, recipient_key, seq) WHERE state = 'PENDING';

-- A FAILED message a nurse sent again: by whom and when (the last resend; the access log has every one).
ALTER TABLE outgoing_message ADD COLUMN resent_at TIMESTAMPTZ;
ALTER TABLE outgoing_message ADD COLUMN resent_by_subject VARCHAR(255);
ALTER TABLE outgoing_message ADD COLUMN resent_by_name VARCHAR(255);
