-- The target numbers (måltall) of recipients per municipality and month (docs/economics.md, "Targets"): entered
-- before the year by the team leader or the municipality's coordinator, within the window of the year's parameters
-- (economics_year: the whole year until targets_due, the second half until second_half_due). One row per
-- municipality and month; no row means no target. Every change is kept in economics_target_change.
CREATE TABLE economics_target (
    year          INT          NOT NULL CHECK (year BETWEEN 2020 AND 2100),
    municipality  CHAR(4)      NOT NULL REFERENCES municipality (number),
    month         INT          NOT NULL CHECK (month BETWEEN 1 AND 12),
    target        INT          NOT NULL CHECK (target BETWEEN 0 AND 10000),
    updated_at    TIMESTAMPTZ  NOT NULL,
    updated_by    VARCHAR(255) NOT NULL,
    version       BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (year, municipality, month)
);

-- Who set or changed a target, from what to what, when and why. Append-only (trigger function from V2).
CREATE TABLE economics_target_change (
    id            BIGSERIAL     PRIMARY KEY,
    year          INT           NOT NULL,
    municipality  CHAR(4)       NOT NULL REFERENCES municipality (number),
    month         INT           NOT NULL CHECK (month BETWEEN 1 AND 12),
    old_target    INT,
    new_target    INT           NOT NULL,
    reason        VARCHAR(1000) NOT NULL,
    at            TIMESTAMPTZ   NOT NULL,
    actor_subject VARCHAR(255)  NOT NULL,
    actor_name    VARCHAR(200)  NOT NULL,
    actor_role    VARCHAR(40)   NOT NULL
);
CREATE INDEX economics_target_change_of ON economics_target_change (year, municipality, id);

CREATE TRIGGER economics_target_change_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON economics_target_change
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_change_of_append_only();
