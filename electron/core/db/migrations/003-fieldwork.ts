// Fieldwork: organisations, respondents, the interview guide with maturity model and codebook, interviews and their
// answers, notes, knowledge sessions and recommendations. Every user-editable row carries deleted_at (soft delete,
// undoable, merged like any other field). Bilingual template texts have _nl and _en columns.
import type { Migration } from './types';

export const migration003: Migration = {
  version: 3,
  name: 'fieldwork',
  up(db) {
    db.exec(`
      CREATE TABLE organisations (
        id         TEXT PRIMARY KEY,
        name       TEXT NOT NULL,
        kind       TEXT NOT NULL CHECK (kind IN ('municipality', 'province', 'water_authority', 'region', 'other')),
        notes      TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        deleted_at TEXT
      ) STRICT;

      CREATE TABLE respondents (
        id                     TEXT PRIMARY KEY,
        organisation_id        TEXT REFERENCES organisations (id),
        name                   TEXT NOT NULL,
        role                   TEXT NOT NULL CHECK (role IN ('procurement', 'policy', 'management', 'other')),
        job_title              TEXT NOT NULL DEFAULT '',
        department             TEXT NOT NULL DEFAULT '',
        email                  TEXT NOT NULL DEFAULT '',
        phone                  TEXT NOT NULL DEFAULT '',
        consent_interview      INTEGER NOT NULL DEFAULT 0 CHECK (consent_interview IN (0, 1)),
        consent_interview_on   TEXT NOT NULL DEFAULT '',
        consent_recording      INTEGER NOT NULL DEFAULT 0 CHECK (consent_recording IN (0, 1)),
        consent_recording_on   TEXT NOT NULL DEFAULT '',
        consent_quote_by_name  INTEGER NOT NULL DEFAULT 0 CHECK (consent_quote_by_name IN (0, 1)),
        consent_quote_on       TEXT NOT NULL DEFAULT '',
        notes                  TEXT NOT NULL DEFAULT '',
        forgotten_at           TEXT,
        created_at             TEXT NOT NULL,
        updated_at             TEXT NOT NULL,
        deleted_at             TEXT
      ) STRICT;
      CREATE INDEX respondents_by_organisation ON respondents (organisation_id);

      CREATE TABLE maturity_levels (
        level   INTEGER PRIMARY KEY CHECK (level BETWEEN 1 AND 5),
        name_nl TEXT NOT NULL,
        name_en TEXT NOT NULL
      ) STRICT;

      CREATE TABLE maturity_dimensions (
        id             TEXT PRIMARY KEY,
        code           TEXT NOT NULL,
        position       INTEGER NOT NULL,
        name_nl        TEXT NOT NULL,
        name_en        TEXT NOT NULL DEFAULT '',
        description_nl TEXT NOT NULL DEFAULT '',
        description_en TEXT NOT NULL DEFAULT '',
        descriptors    TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(descriptors)),
        created_at     TEXT NOT NULL,
        updated_at     TEXT NOT NULL,
        deleted_at     TEXT
      ) STRICT;

      CREATE TABLE codebook_codes (
        id            TEXT PRIMARY KEY,
        code          TEXT NOT NULL,
        position      INTEGER NOT NULL,
        label_nl      TEXT NOT NULL,
        label_en      TEXT NOT NULL DEFAULT '',
        polarity      TEXT NOT NULL CHECK (polarity IN ('kans', 'knelpunt', 'both')),
        definition_nl TEXT NOT NULL DEFAULT '',
        definition_en TEXT NOT NULL DEFAULT '',
        dimension_id  TEXT REFERENCES maturity_dimensions (id),
        created_at    TEXT NOT NULL,
        updated_at    TEXT NOT NULL,
        deleted_at    TEXT
      ) STRICT;

      CREATE TABLE guide_sections (
        id         TEXT PRIMARY KEY,
        position   INTEGER NOT NULL,
        title_nl   TEXT NOT NULL,
        title_en   TEXT NOT NULL DEFAULT '',
        intro_nl   TEXT NOT NULL DEFAULT '',
        intro_en   TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        deleted_at TEXT
      ) STRICT;

      CREATE TABLE guide_questions (
        id             TEXT PRIMARY KEY,
        section_id     TEXT NOT NULL REFERENCES guide_sections (id),
        position       INTEGER NOT NULL,
        code           TEXT NOT NULL DEFAULT '',
        type           TEXT NOT NULL CHECK (type IN ('open', 'scale', 'single', 'multi', 'yesno', 'number')),
        text_nl        TEXT NOT NULL,
        text_en        TEXT NOT NULL DEFAULT '',
        help_nl        TEXT NOT NULL DEFAULT '',
        help_en        TEXT NOT NULL DEFAULT '',
        roles          TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(roles)),
        dimension_id   TEXT REFERENCES maturity_dimensions (id),
        options        TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(options)),
        scale          TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(scale)),
        max_choices    INTEGER,
        choices_from_codebook TEXT CHECK (choices_from_codebook IN ('kans', 'knelpunt', 'both')),
        unit_nl        TEXT NOT NULL DEFAULT '',
        unit_en        TEXT NOT NULL DEFAULT '',
        created_at     TEXT NOT NULL,
        updated_at     TEXT NOT NULL,
        deleted_at     TEXT
      ) STRICT;
      CREATE INDEX guide_questions_by_section ON guide_questions (section_id, position);

      CREATE TABLE interviews (
        id               TEXT PRIMARY KEY,
        organisation_id  TEXT REFERENCES organisations (id),
        respondent_ids   TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(respondent_ids)),
        interviewer      TEXT NOT NULL DEFAULT '',
        scheduled_at     TEXT NOT NULL DEFAULT '',
        location         TEXT NOT NULL DEFAULT '',
        mode             TEXT NOT NULL DEFAULT 'in_person' CHECK (mode IN ('in_person', 'video', 'phone')),
        status           TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'held', 'processed', 'validated')),
        guide_snapshot   TEXT CHECK (guide_snapshot IS NULL OR json_valid(guide_snapshot)),
        started_at       TEXT,
        elapsed_seconds  INTEGER NOT NULL DEFAULT 0,
        summary          TEXT NOT NULL DEFAULT '',
        created_at       TEXT NOT NULL,
        updated_at       TEXT NOT NULL,
        deleted_at       TEXT
      ) STRICT;
      CREATE INDEX interviews_by_organisation ON interviews (organisation_id);

      -- One answer per question per interview, keyed naturally so two laptops answering the same question merge.
      -- value is JSON; NULL means no answer (also for "not applicable / don't know", never 0).
      CREATE TABLE answers (
        interview_id TEXT NOT NULL REFERENCES interviews (id),
        question_id  TEXT NOT NULL,
        value        TEXT CHECK (value IS NULL OR json_valid(value)),
        no_answer    TEXT CHECK (no_answer IN ('not_applicable', 'dont_know')),
        explanation  TEXT NOT NULL DEFAULT '',
        updated_at   TEXT NOT NULL,
        PRIMARY KEY (interview_id, question_id)
      ) STRICT;

      CREATE TABLE knowledge_sessions (
        id                 TEXT PRIMARY KEY,
        title              TEXT NOT NULL,
        held_on            TEXT NOT NULL DEFAULT '',
        location           TEXT NOT NULL DEFAULT '',
        participant_ids    TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(participant_ids)),
        other_participants TEXT NOT NULL DEFAULT '',
        agenda             TEXT NOT NULL DEFAULT '',
        outcomes           TEXT NOT NULL DEFAULT '',
        created_at         TEXT NOT NULL,
        updated_at         TEXT NOT NULL,
        deleted_at         TEXT
      ) STRICT;

      CREATE TABLE notes (
        id           TEXT PRIMARY KEY,
        kind         TEXT NOT NULL CHECK (kind IN ('observation', 'kans', 'knelpunt', 'quote', 'action')),
        text         TEXT NOT NULL,
        interview_id TEXT REFERENCES interviews (id),
        question_id  TEXT,
        session_id   TEXT REFERENCES knowledge_sessions (id),
        code_ids     TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(code_ids)),
        author       TEXT NOT NULL DEFAULT '',
        created_at   TEXT NOT NULL,
        updated_at   TEXT NOT NULL,
        deleted_at   TEXT
      ) STRICT;
      CREATE INDEX notes_by_interview ON notes (interview_id);

      CREATE TABLE recommendations (
        id              TEXT PRIMARY KEY,
        position        INTEGER NOT NULL,
        text            TEXT NOT NULL,
        addressed_to    TEXT NOT NULL CHECK (addressed_to IN ('municipality', 'region', 'procurement', 'policy')),
        organisation_id TEXT REFERENCES organisations (id),
        priority        TEXT NOT NULL DEFAULT 'medium' CHECK (priority IN ('high', 'medium', 'low')),
        code_ids        TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(code_ids)),
        created_at      TEXT NOT NULL,
        updated_at      TEXT NOT NULL,
        deleted_at      TEXT
      ) STRICT;
    `);
  },
};
