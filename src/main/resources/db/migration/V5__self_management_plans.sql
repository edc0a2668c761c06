-- The self-management plan (egenbehandlingsplan): templates per pathway as data, and each patient's plan as a
-- sequence of versions: drafted, approved by the patient's physician, then the one active plan.

-- ------------------------------------------------------------------------------------------ templates
CREATE TABLE plan_template (
    id           UUID          PRIMARY KEY,
    pathway      VARCHAR(40)   NOT NULL REFERENCES pathway (code),
    version_no   INT           NOT NULL CHECK (version_no >= 1),
    status       VARCHAR(20)   NOT NULL CHECK (status IN ('ACTIVE', 'SUPERSEDED')),
    provisional  BOOLEAN       NOT NULL,
    reviewed_by  VARCHAR(200),
    reviewed_on  DATE,
    review_note  VARCHAR(1000),
    created_at   TIMESTAMPTZ   NOT NULL,
    created_by   VARCHAR(255)  NOT NULL,
    UNIQUE (pathway, version_no)
);
CREATE UNIQUE INDEX plan_template_one_active ON plan_template (pathway) WHERE status = 'ACTIVE';

-- Template advice: no medication (the physician orders medication for each patient).
CREATE TABLE plan_template_item (
    template_id  UUID          NOT NULL REFERENCES plan_template (id),
    zone         VARCHAR(10)   NOT NULL CHECK (zone IN ('GREEN', 'YELLOW', 'RED')),
    position     INT           NOT NULL CHECK (position >= 0),
    category     VARCHAR(30)   NOT NULL CHECK (category IN ('ACTIVITY', 'NUTRITION', 'SMOKING_CESSATION',
                                                            'BREATHING_TECHNIQUE', 'MUCUS_CLEARING', 'WHEN_TO_CALL')),
    text_nb      VARCHAR(1000) NOT NULL,
    PRIMARY KEY (template_id, zone, position)
);
CREATE TRIGGER plan_template_item_immutable BEFORE UPDATE OR DELETE OR TRUNCATE ON plan_template_item
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_change_of_append_only();

-- ------------------------------------------------------------------------------------------ patient plans
CREATE TABLE care_plan (
    id                       UUID          PRIMARY KEY,
    patient_id               UUID          NOT NULL REFERENCES patient (id),
    version_no               INT           NOT NULL CHECK (version_no >= 1),
    status                   VARCHAR(20)   NOT NULL CHECK (status IN ('DRAFT', 'ACTIVE', 'SUPERSEDED', 'DISCARDED')),
    goals                    JSONB         NOT NULL,
    template_id              UUID          REFERENCES plan_template (id),
    based_on_plan_id         UUID          REFERENCES care_plan (id),
    drafted_by_subject       VARCHAR(255)  NOT NULL,
    drafted_by_name          VARCHAR(200),
    drafted_by_role          VARCHAR(40)   NOT NULL,
    drafted_at               TIMESTAMPTZ   NOT NULL,
    last_changed_by_subject  VARCHAR(255)  NOT NULL,
    last_changed_by_name     VARCHAR(200),
    last_changed_at          TIMESTAMPTZ   NOT NULL,
    approved_by_subject      VARCHAR(255),
    approved_by_name         VARCHAR(200),
    approved_by_hpr          VARCHAR(20),
    approved_at              TIMESTAMPTZ,
    shared_with              JSONB,
    superseded_at            TIMESTAMPTZ,
    discarded_by_subject     VARCHAR(255),
    discarded_at             TIMESTAMPTZ,
    version                  BIGINT        NOT NULL DEFAULT 0,
    UNIQUE (patient_id, version_no),
    -- an active or superseded plan was approved by a physician (HPR) and shared
    CHECK (status NOT IN ('ACTIVE', 'SUPERSEDED')
           OR (approved_by_subject IS NOT NULL AND approved_by_hpr IS NOT NULL AND approved_at IS NOT NULL
               AND shared_with IS NOT NULL))
);
-- exactly one active plan per patient at any time, and at most one draft being worked on
CREATE UNIQUE INDEX care_plan_one_active ON care_plan (patient_id) WHERE status = 'ACTIVE';
CREATE UNIQUE INDEX care_plan_one_draft ON care_plan (patient_id) WHERE status = 'DRAFT';

CREATE TABLE care_plan_item (
    plan_id      UUID          NOT NULL REFERENCES care_plan (id),
    zone         VARCHAR(10)   NOT NULL CHECK (zone IN ('GREEN', 'YELLOW', 'RED')),
    position     INT           NOT NULL CHECK (position >= 0),
    item_key     UUID          NOT NULL,
    category     VARCHAR(30)   NOT NULL CHECK (category IN ('ACTIVITY', 'MEDICATION', 'NUTRITION', 'SMOKING_CESSATION',
                                                            'BREATHING_TECHNIQUE', 'MUCUS_CLEARING', 'WHEN_TO_CALL')),
    text_nb      VARCHAR(1000) NOT NULL,
    drug         VARCHAR(200),
    dose         VARCHAR(200),
    start_when   VARCHAR(500),
    stop_when    VARCHAR(500),
    PRIMARY KEY (plan_id, zone, position),
    UNIQUE (plan_id, item_key),
    CHECK ((category = 'MEDICATION') = (drug IS NOT NULL AND dose IS NOT NULL))
);

-- An approved version is never edited: its items stay as approved, and of the plan only the move from active to
-- superseded is allowed.
CREATE FUNCTION refuse_change_of_approved_plan_item() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    plan_status VARCHAR(20);
BEGIN
    SELECT status INTO plan_status FROM care_plan WHERE id = COALESCE(OLD.plan_id, NEW.plan_id);
    IF plan_status <> 'DRAFT' THEN
        RAISE EXCEPTION 'care plan % is %: its items cannot change', OLD.plan_id, plan_status
            USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    RETURN COALESCE(NEW, OLD);
END $$;
CREATE TRIGGER care_plan_item_only_in_draft BEFORE UPDATE OR DELETE ON care_plan_item
    FOR EACH ROW EXECUTE FUNCTION refuse_change_of_approved_plan_item();

CREATE FUNCTION refuse_change_of_approved_plan() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF OLD.status IN ('ACTIVE', 'SUPERSEDED', 'DISCARDED') THEN
        IF NOT (OLD.status = 'ACTIVE' AND NEW.status = 'SUPERSEDED')
           OR NEW.goals IS DISTINCT FROM OLD.goals OR NEW.approved_by_subject IS DISTINCT FROM OLD.approved_by_subject
           OR NEW.approved_at IS DISTINCT FROM OLD.approved_at OR NEW.shared_with IS DISTINCT FROM OLD.shared_with
           OR NEW.version_no <> OLD.version_no OR NEW.patient_id <> OLD.patient_id THEN
            RAISE EXCEPTION 'care plan % is %: an approved version is never edited', OLD.id, OLD.status
                USING ERRCODE = 'integrity_constraint_violation';
        END IF;
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER care_plan_approved_immutable BEFORE UPDATE ON care_plan
    FOR EACH ROW EXECUTE FUNCTION refuse_change_of_approved_plan();
CREATE TRIGGER care_plan_no_delete BEFORE DELETE OR TRUNCATE ON care_plan
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_change_of_append_only();

-- ------------------------------------------------------------------------------------------ provisional templates
-- Example advice from the project's documents, awaiting the clinical lead's review.
INSERT INTO plan_template (id, pathway, version_no, status, provisional, created_at, created_by) VALUES
    ('00000000-0000-4000-b000-000000000001', 'COPD', 1, 'ACTIVE', TRUE, now(), 'migration V5'),
    ('00000000-0000-4000-b000-000000000002', 'HEART_FAILURE', 1, 'ACTIVE', TRUE, now(), 'migration V5');
INSERT INTO plan_template_item (template_id, zone, position, category, text_nb) VALUES
    ('00000000-0000-4000-b000-000000000001', 'GREEN', 0, 'ACTIVITY', 'Vær fysisk aktiv hver dag, gjerne en tur ute på minst 30 minutter.'),
    ('00000000-0000-4000-b000-000000000001', 'GREEN', 1, 'BREATHING_TECHNIQUE', 'Bruk leppepust når du blir andpusten.'),
    ('00000000-0000-4000-b000-000000000001', 'GREEN', 2, 'NUTRITION', 'Spis variert og nok proteiner; vei deg en gang i uken.'),
    ('00000000-0000-4000-b000-000000000001', 'GREEN', 3, 'SMOKING_CESSATION', 'Røykfri er det viktigste du kan gjøre for lungene. Be om hjelp til å slutte.'),
    ('00000000-0000-4000-b000-000000000001', 'YELLOW', 0, 'MUCUS_CLEARING', 'Bruk slimmobiliserende teknikker (PEP-fløyte, huffing) flere ganger om dagen.'),
    ('00000000-0000-4000-b000-000000000001', 'YELLOW', 1, 'BREATHING_TECHNIQUE', 'Hvil i god stilling og bruk leppepust.'),
    ('00000000-0000-4000-b000-000000000001', 'YELLOW', 2, 'WHEN_TO_CALL', 'Mål deg hver dag til du er i grønn sone igjen. Kontakt oppfølgingstjenesten hvis du ikke er bedre etter to dager.'),
    ('00000000-0000-4000-b000-000000000001', 'RED', 0, 'WHEN_TO_CALL', 'Kontakt fastlegen i dag. Utenom åpningstid: legevakt 116 117. Ved akutt tung pust: ring 113.'),
    ('00000000-0000-4000-b000-000000000001', 'RED', 1, 'BREATHING_TECHNIQUE', 'Sitt foroverlent og bruk leppepust mens du venter på hjelp.'),
    ('00000000-0000-4000-b000-000000000002', 'GREEN', 0, 'ACTIVITY', 'Vær fysisk aktiv hver dag etter det du tåler.'),
    ('00000000-0000-4000-b000-000000000002', 'GREEN', 1, 'NUTRITION', 'Begrens salt, og drikk ikke mer enn avtalt med legen. Vei deg hver morgen.'),
    ('00000000-0000-4000-b000-000000000002', 'GREEN', 2, 'SMOKING_CESSATION', 'Røykfri gir hjertet bedre vilkår. Be om hjelp til å slutte.'),
    ('00000000-0000-4000-b000-000000000002', 'YELLOW', 0, 'NUTRITION', 'Vær ekstra nøye med salt og væske, og vei deg hver morgen.'),
    ('00000000-0000-4000-b000-000000000002', 'YELLOW', 1, 'WHEN_TO_CALL', 'Mål deg hver dag til du er i grønn sone igjen. Kontakt oppfølgingstjenesten hvis vekten fortsetter å stige.'),
    ('00000000-0000-4000-b000-000000000002', 'RED', 0, 'WHEN_TO_CALL', 'Kontakt fastlegen i dag. Utenom åpningstid: legevakt 116 117. Ved akutt tung pust eller brystsmerter: ring 113.'),
    ('00000000-0000-4000-b000-000000000002', 'RED', 1, 'ACTIVITY', 'Hvil med hevet overkropp mens du venter på hjelp.');
