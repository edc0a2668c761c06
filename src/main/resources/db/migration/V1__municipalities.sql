-- Reference data: the municipalities of the DHO collaboration (Helsefellesskapet Ahus og kommunene).
-- Numbers are the kommunenummer valid from 2024 (Akershus). The ten municipalities that signed the
-- agreement on the shared follow-up service on 2024-12-23 are partners from 2025-01-01. Ås, Enebakk and
-- Lørenskog have announced that they join during 2026: an admin adds them with their joining date.

CREATE TABLE municipality (
    number        CHAR(4)      PRIMARY KEY CHECK (number ~ '^[0-9]{4}$'),
    name          VARCHAR(100) NOT NULL UNIQUE,
    partner_since DATE         NOT NULL,
    active        BOOLEAN      NOT NULL DEFAULT TRUE,
    deactivated_on DATE,
    CHECK (deactivated_on IS NULL OR deactivated_on >= partner_since)
);

INSERT INTO municipality (number, name, partner_since) VALUES
    ('3209', 'Ullensaker',     DATE '2025-01-01'),
    ('3228', 'Nes',            DATE '2025-01-01'),
    ('3238', 'Nannestad',      DATE '2025-01-01'),
    ('3240', 'Eidsvoll',       DATE '2025-01-01'),
    ('3230', 'Gjerdrum',       DATE '2025-01-01'),
    ('3226', 'Aurskog-Høland', DATE '2025-01-01'),
    ('3207', 'Nordre Follo',   DATE '2025-01-01'),
    ('3214', 'Frogn',          DATE '2025-01-01'),
    ('3212', 'Nesodden',       DATE '2025-01-01'),
    ('3232', 'Nittedal',       DATE '2025-01-01');
