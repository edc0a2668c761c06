-- Outgoing messages (issue 14): the recipient register and the transactional outbox. A domain event (inclusion,
-- day-14 summary, plan approved, meeting outcome, end decided/ended, referral to be assessed) writes its message
-- here in the same transaction as the event; a delivery worker sends it (outbox feature).

-- Who can receive messages: GPs by HPR number, hospital departments by code, hospitals by code, home nursing and
-- coordinators by kommunenummer. her_id is the receiver's id in Norway's address register (Adresseregisteret), which
-- a dialogmelding transport over the health network would address by; transport names the transport that delivers.
CREATE TABLE message_recipient (
    id                  UUID         PRIMARY KEY,
    kind                VARCHAR(20)  NOT NULL
        CONSTRAINT message_recipient_kind CHECK (kind IN ('GP', 'DEPARTMENT', 'HOSPITAL', 'HOME_NURSING', 'COORDINATOR')),
    recipient_key       VARCHAR(40)  NOT NULL,
    name                VARCHAR(200) NOT NULL,
    her_id              VARCHAR(20)
        CONSTRAINT message_recipient_her_id CHECK (her_id ~ '^[0-9]{1,20}$'),
    organisation_number VARCHAR(9)
        CONSTRAINT message_recipient_organisation_number CHECK (organisation_number ~ '^[0-9]{9}$'),
    transport           VARCHAR(40)  NOT NULL DEFAULT 'inbox',
    endpoint            VARCHAR(500),
    active              BOOLEAN      NOT NULL DEFAULT TRUE,
    CONSTRAINT message_recipient_unique UNIQUE (kind, recipient_key)
);

-- One message to one recipient. id is the stable message id the receiver deduplicates on; seq orders a patient's
-- messages (delivered in that order per patient and recipient). recipient_id is resolved from the register when
-- the message is written (NULL: nobody in the register for that address; the worker parks it as FAILED).
CREATE TABLE outgoing_message (
    id                 UUID          PRIMARY KEY,
    seq                BIGINT        GENERATED ALWAYS AS IDENTITY UNIQUE,
    patient_id         UUID          NOT NULL REFERENCES patient (id),
    kind               VARCHAR(40)   NOT NULL,
    recipient_kind     VARCHAR(20)   NOT NULL,
    recipient_key      VARCHAR(40)   NOT NULL,
    recipient_id       UUID          REFERENCES message_recipient (id),
    subject            VARCHAR(200)  NOT NULL,
    text               TEXT          NOT NULL,
    payload            JSONB         NOT NULL,
    created_at         TIMESTAMPTZ   NOT NULL,
    created_by_subject VARCHAR(255)  NOT NULL,
    created_by_name    VARCHAR(255),
    state              VARCHAR(20)   NOT NULL DEFAULT 'PENDING'
        CONSTRAINT outgoing_message_state CHECK (state IN ('PENDING', 'DELIVERED', 'FAILED', 'WITHHELD')),
    attempts           INTEGER       NOT NULL DEFAULT 0,
    next_attempt_at    TIMESTAMPTZ   NOT NULL,
    last_error         VARCHAR(1000),
    delivered_at       TIMESTAMPTZ,
    state_changed_at   TIMESTAMPTZ   NOT NULL
);
CREATE INDEX outgoing_message_due ON outgoing_message (next_attempt_at, seq) WHERE state = 'PENDING';
CREATE INDEX outgoing_message_patient ON outgoing_message (patient_id, seq);
CREATE INDEX outgoing_message_failed ON outgoing_message (state_changed_at) WHERE state = 'FAILED';
