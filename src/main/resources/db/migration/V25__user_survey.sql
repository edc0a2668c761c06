-- The yearly anonymous user survey (brukerundersøkelsen; issue 15, point 6; docs/survey.md). Owned by the survey
-- feature. Questionnaires are data: a survey (one version of a questionnaire) has ordered questions, a single-choice
-- question has ordered options. A survey that a round used is never changed again (the application refuses it).
CREATE TABLE survey (
    id            UUID          PRIMARY KEY,
    title         VARCHAR(200)  NOT NULL,
    based_on      UUID          REFERENCES survey (id),
    created_at    TIMESTAMPTZ   NOT NULL,
    created_by    VARCHAR(255)  NOT NULL,
    updated_at    TIMESTAMPTZ   NOT NULL,
    updated_by    VARCHAR(255)  NOT NULL,
    -- optimistic locking of the edits of a draft
    version       BIGINT        NOT NULL DEFAULT 0
);

CREATE TABLE survey_question (
    id            UUID          PRIMARY KEY,
    survey_id     UUID          NOT NULL REFERENCES survey (id),
    position      INT           NOT NULL CHECK (position > 0),
    kind          VARCHAR(20)   NOT NULL CHECK (kind IN ('SINGLE_CHOICE', 'FREE_TEXT')),
    text          VARCHAR(500)  NOT NULL,
    UNIQUE (survey_id, position)
);

CREATE TABLE survey_option (
    id            UUID          PRIMARY KEY,
    question_id   UUID          NOT NULL REFERENCES survey_question (id),
    position      INT           NOT NULL CHECK (position > 0),
    text          VARCHAR(300)  NOT NULL,
    UNIQUE (question_id, position)
);
CREATE INDEX survey_option_of_question ON survey_option (question_id, position);

-- One round per year: the team leader opens it for a survey and closes it; results only once it is closed.
CREATE TABLE survey_round (
    id            UUID          PRIMARY KEY,
    survey_id     UUID          NOT NULL REFERENCES survey (id),
    year          INT           NOT NULL UNIQUE CHECK (year BETWEEN 2020 AND 2100),
    opened_at     TIMESTAMPTZ   NOT NULL,
    opened_by     VARCHAR(255)  NOT NULL,
    closed_at     TIMESTAMPTZ,
    closed_by     VARCHAR(255),
    CHECK ((closed_at IS NULL) = (closed_by IS NULL))
);

-- Who was invited: one row per patient and round (no second link), the municipality (invited per municipality),
-- the SHA-256 of the single-use link's token (the token itself is never stored; NULL until the patient's app first
-- fetches the link) and whether it was used. Nothing here points at an answer, and no answer points here.
CREATE TABLE survey_invitation (
    round_id      UUID          NOT NULL REFERENCES survey_round (id),
    patient_id    UUID          NOT NULL REFERENCES patient (id),
    municipality  CHAR(4)       NOT NULL,
    token_hash    BYTEA         UNIQUE CHECK (octet_length(token_hash) = 32),
    used          BOOLEAN       NOT NULL DEFAULT FALSE,
    PRIMARY KEY (round_id, patient_id)
);

-- An answered questionnaire: the round and the municipality, nothing else. No token, no hash, no patient, no time
-- (the round is the finest time there is); a random id, so that no order of insertion can be read from it.
CREATE TABLE survey_response (
    id            UUID          PRIMARY KEY,
    round_id      UUID          NOT NULL REFERENCES survey_round (id),
    municipality  CHAR(4)       NOT NULL
);
CREATE INDEX survey_response_of_round ON survey_response (round_id, municipality);

-- The answers of a response: an option of a single-choice question, or the text of a free-text question.
CREATE TABLE survey_answer (
    response_id   UUID          NOT NULL REFERENCES survey_response (id),
    question_id   UUID          NOT NULL REFERENCES survey_question (id),
    option_id     UUID          REFERENCES survey_option (id),
    text          VARCHAR(2000),
    PRIMARY KEY (response_id, question_id),
    CHECK ((option_id IS NULL) <> (text IS NULL))
);

-- The first questionnaire: the user survey of October 2024 (seed 003, attachment 1, "Digital hjemmeoppfølging
-- Brukerundersøkelse oktober 2024"), 18 questions, in its own words. Three options of question 9 are cut short in
-- the seed's export ("av mine…"); they are completed as the first option of the question reads ("av mine
-- helseutfordringer"). The line breaks of the export inside questions 15 and 18 are joined.
INSERT INTO survey (id, title, based_on, created_at, created_by, updated_at, updated_by) VALUES
    ('5a1e2024-0000-4000-8000-000000000001', 'Digital hjemmeoppfølging Brukerundersøkelse oktober 2024', NULL,
     '2024-10-01T00:00:00Z', 'migration V25', '2024-10-01T00:00:00Z', 'migration V25');

INSERT INTO survey_question (id, survey_id, position, kind, text)
SELECT gen_random_uuid(), '5a1e2024-0000-4000-8000-000000000001', q.position, q.kind, q.text FROM (VALUES
    (1, 'SINGLE_CHOICE', 'Kjønn'),
    (2, 'SINGLE_CHOICE', 'Hvor lenge har du hatt oppfølging med digital hjemmeoppfølging?'),
    (3, 'SINGLE_CHOICE', 'I det store og hele hvordan opplever du digital hjemmeoppfølging?'),
    (4, 'SINGLE_CHOICE', 'Har digital hjemmeoppfølging påvirket din fysiske helse?'),
    (5, 'SINGLE_CHOICE', 'Har digital hjemmeoppfølging påvirket din livsglede?'),
    (6, 'SINGLE_CHOICE', 'Har digital hjemmeoppfølging påvirket din opplevelse av trygghet?'),
    (7, 'SINGLE_CHOICE', 'Har digital hjemmeoppfølging påvirket hvor ofte du går til fastlegen?'),
    (8, 'SINGLE_CHOICE', 'Har digital hjemmeoppfølging påvirket ditt behov for hjemmetjenester og/eller korttidsopphold i sykehjem?'),
    (9, 'SINGLE_CHOICE', 'Har digital hjemmeoppfølging påvirket din kunnskap og/eller forståelse av dine helseutfordringer?'),
    (10, 'SINGLE_CHOICE', 'Hvor fornøyd er du med oppfølgingen du får fra oppfølgingstjenesten?'),
    (11, 'SINGLE_CHOICE', 'Har du en egenbehandlingsplan?'),
    (12, 'SINGLE_CHOICE', 'Hvor ofte benytter du egenbehandlingsplanen?'),
    (13, 'SINGLE_CHOICE', 'Opplever du at innholdet i egenbehandlingsplanen er tilpasset dine behov?'),
    (14, 'SINGLE_CHOICE', 'Opplever du at egenbehandlingsplanen er et nyttig hjelpemiddel når du har en forverrelse av din sykdom?'),
    (15, 'SINGLE_CHOICE', 'Dersom du ble/har vært innlagt på sykehus med akutt forverring av din sykdom, hva tenker du ville vært optimal oppfølging etter utskrivelse fra sykehuset?'),
    (16, 'FREE_TEXT', 'Hva har vært det beste med digital hjemmeoppfølging?'),
    (17, 'FREE_TEXT', 'Hvilke forslag har du til forbedringer?'),
    (18, 'SINGLE_CHOICE', 'Høsten 2023 startet vi med oppfølging hver ukedag fremfor fast oppfølgingsdag èn dag i uken. Hvordan opplever du at dette dekker ditt behov for oppfølging?')
) AS q (position, kind, text);

INSERT INTO survey_option (id, question_id, position, text)
SELECT gen_random_uuid(), q.id, o.position, o.text FROM (VALUES
    (1, 1, 'Kvinne'), (1, 2, 'Mann'),
    (2, 1, '0-6 måneder'), (2, 2, '7-12 måneder'), (2, 3, 'Over 1 år'),
    (3, 1, 'Jeg er svært fornøyd'), (3, 2, 'Jeg er fornøyd'), (3, 3, 'Verken fornøyd eller misfornøyd'),
    (3, 4, 'Jeg er misfornøyd'), (3, 5, 'Jeg er svært misfornøyd'),
    (4, 1, 'Min fysiske helse er bedre enn før'),
    (4, 2, 'Digital hjemmeoppfølging har ikke påvirket min fysiske helse'),
    (4, 3, 'Min fysiske helse er verre enn før'),
    (5, 1, 'Min livsglede er bedre enn før'),
    (5, 2, 'Digital hjemmeoppfølging har ikke påvirket min livsglede'),
    (5, 3, 'Min livsglede er dårligere enn før'),
    (6, 1, 'Jeg er tryggere enn før'),
    (6, 2, 'Digital hjemmeoppfølging har ikke påvirket min opplevelse av trygghet'),
    (6, 3, 'Jeg er mer utrygg enn før'),
    (7, 1, 'Jeg har redusert mine besøk til fastlegen'),
    (7, 2, 'Digital hjemmeoppfølging har ikke påvirket hvor ofte jeg går til fastlegen'),
    (7, 3, 'Jeg har økt mine besøk til fastlegen'),
    (8, 1, 'Digital hjemmeoppfølging har redusert mitt behov for tjenester'),
    (8, 2, 'Digital hjemmeoppfølging har ikke påvirket mitt behov for tjenester'),
    (8, 3, 'Digital hjemmeoppfølging har økt mitt behov for tjenester'),
    (9, 1, 'Digital hjemmeoppfølging har økt min kunnskap og/eller forståelse av mine helseutfordringer'),
    (9, 2, 'Digital hjemmeoppfølging har ikke påvirket min kunnskap og/eller forståelse av mine helseutfordringer'),
    (9, 3, 'Digital hjemmeoppfølging har redusert min kunnskap og/eller forståelse av mine helseutfordringer'),
    (10, 1, 'Svært fornøyd'), (10, 2, 'Godt fornøyd'), (10, 3, 'Verken fornøyd eller misfornøyd'),
    (10, 4, 'Misfornøyd'), (10, 5, 'Svært misfornøyd'),
    (11, 1, 'Ja'), (11, 2, 'Nei'),
    (12, 1, 'Daglig'), (12, 2, 'Av og til'), (12, 3, 'Sjeldent'), (12, 4, 'Aldri'),
    (13, 1, 'I stor grad'), (13, 2, 'I noe grad'), (13, 3, 'Verken eller'), (13, 4, 'I liten grad'),
    (14, 1, 'I stor grad'), (14, 2, 'I noe grad'), (14, 3, 'Verken eller'), (14, 4, 'I liten grad'),
    (14, 5, 'Har ikke hatt forverrelser av sykdom'),
    (15, 1, 'Oppfølging en dag i uken er tilstrekkelig etter utskrivelse fra sykehus'),
    (15, 2, 'Jeg opplever økt behov for oppfølging, med to dager i uken, etter utskrivelse fra sykehus'),
    (15, 3, 'Jeg opplever økt behov for oppfølging, med tre eller flere dager i uken, etter utskrivelse fra sykehus'),
    (18, 1, 'Jeg opplever at oppfølging hver ukedag dekker mine behov bedre enn kun en fast oppfølgingsdag i uken'),
    (18, 2, 'Jeg opplever ikke noe forskjell i oppfølgingen'),
    (18, 3, 'Jeg opplever at oppfølging fast en dag i uken dekket mitt behov bedre'),
    (18, 4, 'Jeg har ingen formening om dette')
) AS o (question, position, text)
  JOIN survey_question q ON q.survey_id = '5a1e2024-0000-4000-8000-000000000001' AND q.position = o.question;

