-- The parameters of the collaboration's price model, one row per operating year (docs/economics.md). They are data,
-- not code: the operations council changes them yearly. The 2025 row is the service price model of seed 003, part 3
-- ("Tjenesteprismodell for felles oppfølgingstjeneste"): a 3.5 % risk mark-up on the average cost per recipient,
-- 73 recipients per full-time nurse (which includes the 10 % safety margin of the first operating year), a start-up
-- fee of 2 days of a follow-up nurse's work, monthly targets reported before the year and July-December adjustable
-- until 1 May. 2026 continues it until the council decides otherwise. The cost of a nurse's day is not in the seed:
-- it is NULL until the team leader enters it (a start-up fee cannot be computed without it, and says so).
CREATE TABLE economics_year (
    year                      INT           PRIMARY KEY CHECK (year BETWEEN 2020 AND 2100),
    risk_markup_percent       NUMERIC(5, 2) NOT NULL CHECK (risk_markup_percent >= 0 AND risk_markup_percent <= 100),
    recipients_per_nurse      INT           NOT NULL CHECK (recipients_per_nurse > 0),
    start_up_days             NUMERIC(5, 2) NOT NULL CHECK (start_up_days >= 0),
    nurse_day_cost            NUMERIC(12, 2) CHECK (nurse_day_cost >= 0),
    -- the last day targets for the whole year may be entered (inclusive)
    targets_due               DATE          NOT NULL,
    -- from this month of the year on, targets may be adjusted until second_half_due (inclusive)
    second_half_from_month    INT           NOT NULL CHECK (second_half_from_month BETWEEN 1 AND 12),
    second_half_due           DATE          NOT NULL,
    updated_at                TIMESTAMPTZ   NOT NULL DEFAULT now(),
    updated_by                VARCHAR(255)  NOT NULL,
    version                   BIGINT        NOT NULL DEFAULT 0,
    CHECK (EXTRACT(YEAR FROM targets_due) < year OR targets_due < second_half_due),
    CHECK (second_half_due > targets_due)
);

INSERT INTO economics_year (year, risk_markup_percent, recipients_per_nurse, start_up_days, nurse_day_cost,
                            targets_due, second_half_from_month, second_half_due, updated_by) VALUES
    (2025, 3.50, 73, 2, NULL, DATE '2024-12-31', 7, DATE '2025-05-01', 'migration V21 (seed 003, part 3)'),
    (2026, 3.50, 73, 2, NULL, DATE '2025-12-31', 7, DATE '2026-05-01', 'migration V21 (the 2025 model continued)');
