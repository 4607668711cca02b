-- Issue 12: whether a source binds. A document's authority, agreement level and date (from its sidecar metadata file,
-- its own declaration or its folder), and each passage's authority (an article of a code is law wherever it is quoted).
-- Existing rows get 'example' or 'other'; the ingestion pipeline version changed with this, so the next run re-ingests
-- every document and sets the real values. Numbered 5, the next free number: databases migrated before it may already
-- have V3 (Slack) and V4 (feedback), and Flyway refuses a lower version arriving after a higher one.
ALTER TABLE documents
    ADD COLUMN authority       text NOT NULL DEFAULT 'other',
    ADD COLUMN level           text,
    ADD COLUMN document_date   date,
    ADD COLUMN metadata_origin text NOT NULL DEFAULT 'default';

ALTER TABLE chunks
    ADD COLUMN authority text NOT NULL DEFAULT 'other',
    ADD COLUMN level     text;

UPDATE documents SET authority = 'example' WHERE example;
UPDATE chunks SET authority = 'example' WHERE example;

CREATE INDEX chunks_authority ON chunks (authority);
