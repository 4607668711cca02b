-- The knowledge base in PostgreSQL: documents, their passages (chunks) with vectors and French full-text vectors.
-- ${embeddingDimension} is the embedding model's dimension, recorded in kb_meta; `ingest --reindex` changes it.
CREATE EXTENSION IF NOT EXISTS vector;
CREATE EXTENSION IF NOT EXISTS unaccent;

CREATE TEXT SEARCH CONFIGURATION french_unaccent (COPY = pg_catalog.french);
-- The unaccent dictionary lives in whatever schema its extension was created in (one per database).
DO $$
DECLARE
    ext_schema text;
BEGIN
    SELECT n.nspname INTO ext_schema FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace
    WHERE e.extname = 'unaccent';
    EXECUTE format('ALTER TEXT SEARCH CONFIGURATION french_unaccent '
                   'ALTER MAPPING FOR hword, hword_part, word WITH %I.unaccent, french_stem', ext_schema);
END
$$;

CREATE TABLE kb_meta (
    key   text PRIMARY KEY,
    value text NOT NULL
);

CREATE TABLE documents (
    id           text PRIMARY KEY,
    source       text NOT NULL UNIQUE,
    content_hash text NOT NULL,
    pipeline     text NOT NULL,
    title        text NOT NULL,
    type         text,
    language     text,
    collection   text,
    example      boolean NOT NULL DEFAULT false,
    aliases      text[] NOT NULL DEFAULT '{}',
    ingested_at  timestamptz NOT NULL,
    status       text NOT NULL DEFAULT 'ingested',
    error        text
);

CREATE TABLE chunks (
    id           text PRIMARY KEY,
    document_id  text NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    ordinal      integer NOT NULL,
    text         text NOT NULL,
    section      text,
    article      text,
    page         integer,
    start_offset integer NOT NULL,
    end_offset   integer NOT NULL,
    example      boolean NOT NULL DEFAULT false,
    metadata     jsonb NOT NULL DEFAULT '{}',
    embedding    vector(${embeddingDimension}) NOT NULL,
    tsv          tsvector NOT NULL,
    -- The terms of the same French analysis as the embedded store (Lucene: elision, stop words, accent folding,
    -- light stemming), for BM25 ranking in SQL: lexemes (distinct, GIN-indexed) find candidates, term_freqs gives
    -- each term's frequency, term_count is the passage length in terms.
    lexemes         text[] NOT NULL,
    term_freqs      jsonb NOT NULL,
    heading_lexemes text[] NOT NULL,
    term_count      integer NOT NULL,
    UNIQUE (document_id, ordinal)
);

CREATE INDEX chunks_embedding_hnsw ON chunks USING hnsw (embedding vector_cosine_ops);
CREATE INDEX chunks_tsv_gin ON chunks USING gin (tsv);
CREATE INDEX chunks_lexemes_gin ON chunks USING gin (lexemes);
CREATE INDEX chunks_heading_lexemes_gin ON chunks USING gin (heading_lexemes);
CREATE INDEX chunks_article ON chunks (article) WHERE article IS NOT NULL;
