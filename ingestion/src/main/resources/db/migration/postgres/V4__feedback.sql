-- 👍/👎 on answers from every channel in one table (assistant module, package feedback), told apart by `channel`.
-- It replaces V3's slack_feedback, which only Slack wrote to and which was never deployed.
DROP TABLE IF EXISTS slack_feedback;

CREATE TABLE feedback (
    id              bigserial PRIMARY KEY,
    created_at      timestamptz NOT NULL DEFAULT now(),
    channel         text NOT NULL,
    vote            text NOT NULL CHECK (vote IN ('up', 'down')),
    comment         text,
    conversation_id text,
    question        text NOT NULL,
    answer          text,
    verdict         text,
    grounded        boolean NOT NULL,
    citations       jsonb NOT NULL DEFAULT '[]',
    -- the voter only as a SHA-256 hash of their channel's user id (Slack); null where there is none (web)
    user_hash       text
);
CREATE INDEX feedback_channel_created_at ON feedback (channel, created_at);
