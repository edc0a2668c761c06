-- Messages between a patient and the follow-up service (issue 14, point 1): threads per patient, each with a
-- subject and its messages. Owned by the messaging feature.
CREATE TABLE message_thread (
    id                 UUID          PRIMARY KEY,
    patient_id         UUID          NOT NULL REFERENCES patient (id),
    subject            VARCHAR(200)  NOT NULL,
    started_by         VARCHAR(10)   NOT NULL CHECK (started_by IN ('PATIENT', 'SERVICE')),
    started_at         TIMESTAMPTZ   NOT NULL,
    last_message_at    TIMESTAMPTZ   NOT NULL
);
CREATE INDEX message_thread_of_patient ON message_thread (patient_id, last_message_at DESC, id);

-- Append-only apart from the read columns. author: the patient, a nurse of the follow-up service, or the automatic
-- reply (the standing text that the service is not an emergency service) the service sends at once.
CREATE TABLE patient_message (
    id                 UUID          PRIMARY KEY,
    thread_id          UUID          NOT NULL REFERENCES message_thread (id),
    patient_id         UUID          NOT NULL REFERENCES patient (id),
    seq                BIGSERIAL     NOT NULL UNIQUE,
    author             VARCHAR(10)   NOT NULL CHECK (author IN ('PATIENT', 'SERVICE', 'AUTOMATIC')),
    author_subject     VARCHAR(255)  NOT NULL,
    author_name        VARCHAR(200),
    body               VARCHAR(4000) NOT NULL,
    sent_at            TIMESTAMPTZ   NOT NULL,
    read_at            TIMESTAMPTZ,
    read_by_subject    VARCHAR(255),
    read_by_name       VARCHAR(200),
    CHECK ((read_at IS NULL) = (read_by_subject IS NULL))
);
CREATE INDEX patient_message_of_thread ON patient_message (thread_id, seq);
-- The worklist's unread patient messages come from this index alone.
CREATE INDEX patient_message_unread ON patient_message (thread_id, sent_at) INCLUDE (patient_id)
    WHERE author = 'PATIENT' AND read_at IS NULL;

-- Published by the messaging feature: per thread, the patient's messages the follow-up service has not read yet
-- (the oldest first sent, how many). The worklist shows each such thread as an item (docs/messages.md).
CREATE VIEW unread_patient_message_view AS
SELECT m.thread_id    AS thread_id,
       m.patient_id   AS patient_id,
       min(m.sent_at) AS oldest_unread_at,
       count(*)       AS unread
  FROM patient_message m
 WHERE m.author = 'PATIENT' AND m.read_at IS NULL
 GROUP BY m.thread_id, m.patient_id;

-- The worklist's tasks (owned by the worklist feature) gain what messaging brings: a monthly contact closed as
-- "contacted by message" names the service's message (checked through messaging.application to be in that patient's
-- threads; no foreign key across features), and the two device-doubt tasks (docs/messages.md): a control measurement
-- the patient was asked for, and a device-check visit asked of the home municipality's coordinator.
ALTER TABLE follow_up_task ADD COLUMN contact_message_id UUID;
ALTER TABLE follow_up_task DROP CONSTRAINT follow_up_task_type_check;
ALTER TABLE follow_up_task ADD CONSTRAINT follow_up_task_type_check CHECK (type IN ('WEEKLY_CONTACT',
    'GOAL_CONVERSATION', 'THRESHOLD_REVIEW', 'MONTHLY_CONTACT', 'NO_REPORTS', 'PERSISTENTLY_YELLOW', 'MEASURE_DAILY',
    'CONTROL_MEASUREMENT', 'DEVICE_CHECK_VISIT'));
