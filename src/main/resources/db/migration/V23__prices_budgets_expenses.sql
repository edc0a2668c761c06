-- The price models' inputs besides the counted recipients and targets (docs/pricing.md): the long-term model's base
-- share per year, the follow-up service's estimated budget (versioned), the booked expenses (a ledger) and the
-- municipalities' populations. Every change of money or parameters is kept: the trails and the ledger are
-- append-only (trigger function from V2). Municipality numbers are not foreign keys: another feature's table.

-- The long-term model (population-weighted base share): the per cent of the actual cost shared by population.
ALTER TABLE economics_year
    ADD COLUMN base_share_percent NUMERIC(5, 2) NOT NULL DEFAULT 30
        CHECK (base_share_percent >= 0 AND base_share_percent <= 100);

-- Each creation or change of a year's parameters: who, when, why, the parameters before (NULL at creation) and
-- after, as JSON text.
CREATE TABLE economics_year_change (
    id              BIGSERIAL    PRIMARY KEY,
    year            INT          NOT NULL REFERENCES economics_year (year),
    at              TIMESTAMPTZ  NOT NULL,
    actor_subject   VARCHAR(255) NOT NULL,
    actor_name      VARCHAR(200) NOT NULL,
    actor_role      VARCHAR(40)  NOT NULL,
    reason          VARCHAR(500) NOT NULL,
    old_parameters  TEXT,
    new_parameters  TEXT         NOT NULL
);
CREATE INDEX economics_year_change_year ON economics_year_change (year, id);
CREATE TRIGGER economics_year_change_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON economics_year_change
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_change_of_append_only();

-- The estimated budget of a year, one row per version (1, 2, ...): the newest is in force, the older ones are the
-- trail (who, when, why; the lines of each version stay).
CREATE TABLE economics_budget (
    id              BIGSERIAL     PRIMARY KEY,
    year            INT           NOT NULL CHECK (year BETWEEN 2020 AND 2100),
    version_no      INT           NOT NULL CHECK (version_no > 0),
    at              TIMESTAMPTZ   NOT NULL,
    actor_subject   VARCHAR(255)  NOT NULL,
    actor_name      VARCHAR(200)  NOT NULL,
    actor_role      VARCHAR(40)   NOT NULL,
    reason          VARCHAR(500)  NOT NULL,
    total           NUMERIC(16, 2) NOT NULL,
    UNIQUE (year, version_no)
);
CREATE TRIGGER economics_budget_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON economics_budget
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_change_of_append_only();

CREATE TABLE economics_budget_line (
    id          BIGSERIAL      PRIMARY KEY,
    budget_id   BIGINT         NOT NULL REFERENCES economics_budget (id),
    position    INT            NOT NULL,
    kind        VARCHAR(20)    NOT NULL CHECK (kind IN ('SALARIES', 'ADMINISTRATION', 'OVERHEAD')),
    text        VARCHAR(200)   NOT NULL,
    amount      NUMERIC(14, 2) NOT NULL CHECK (amount >= 0),
    UNIQUE (budget_id, position)
);
CREATE TRIGGER economics_budget_line_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON economics_budget_line
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_change_of_append_only();

-- The booked expenses (regnskapsførte utgifter) of the follow-up service: a ledger; a correction is a negative
-- entry with a text.
CREATE TABLE economics_expense (
    id              BIGSERIAL      PRIMARY KEY,
    year            INT            NOT NULL CHECK (year BETWEEN 2020 AND 2100),
    kind            VARCHAR(20)    NOT NULL CHECK (kind IN ('SALARIES', 'ADMINISTRATION', 'OVERHEAD')),
    booked_on       DATE           NOT NULL,
    amount          NUMERIC(14, 2) NOT NULL CHECK (amount <> 0),
    text            VARCHAR(200),
    at              TIMESTAMPTZ    NOT NULL,
    actor_subject   VARCHAR(255)   NOT NULL,
    actor_name      VARCHAR(200)   NOT NULL,
    actor_role      VARCHAR(40)    NOT NULL,
    CHECK (EXTRACT(YEAR FROM booked_on) = year),
    CHECK (amount > 0 OR text IS NOT NULL)
);
CREATE INDEX economics_expense_year ON economics_expense (year, booked_on, id);
CREATE TRIGGER economics_expense_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON economics_expense
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_change_of_append_only();

-- The inhabitants of each municipality for a year (public figures), and each change of them.
CREATE TABLE economics_population (
    year            INT          NOT NULL CHECK (year BETWEEN 2020 AND 2100),
    municipality    VARCHAR(4)   NOT NULL CHECK (municipality ~ '^[0-9]{4}$'),
    inhabitants     INT          NOT NULL CHECK (inhabitants > 0),
    updated_at      TIMESTAMPTZ  NOT NULL,
    updated_by      VARCHAR(255) NOT NULL,
    PRIMARY KEY (year, municipality)
);

CREATE TABLE economics_population_change (
    id                BIGSERIAL    PRIMARY KEY,
    year              INT          NOT NULL,
    municipality      VARCHAR(4)   NOT NULL,
    at                TIMESTAMPTZ  NOT NULL,
    actor_subject     VARCHAR(255) NOT NULL,
    actor_name        VARCHAR(200) NOT NULL,
    actor_role        VARCHAR(40)  NOT NULL,
    reason            VARCHAR(500),
    old_inhabitants   INT,
    new_inhabitants   INT          NOT NULL
);
CREATE INDEX economics_population_change_year ON economics_population_change (year, id);
CREATE TRIGGER economics_population_change_append_only BEFORE UPDATE OR DELETE OR TRUNCATE
    ON economics_population_change FOR EACH STATEMENT EXECUTE FUNCTION refuse_change_of_append_only();
