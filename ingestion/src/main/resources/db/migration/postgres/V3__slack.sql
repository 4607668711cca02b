-- The Slack channel (assistant module, profile slack): what it must remember across retries, instances and restarts.
-- Version 100 leaves room below for the knowledge base's own migrations.

-- Events taken on, keyed by the message they are about: a Slack retry, or a second event for the same message,
-- finds its key here and is not answered again. Rows older than paritaire.slack.dedupe-retention are pruned.
CREATE TABLE slack_events (
    event_key   text PRIMARY KEY,
    event_id    text,
    received_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX slack_events_received_at ON slack_events (received_at);

-- Threads the bot answered: a reply there continues the conversation without a new mention.
CREATE TABLE slack_threads (
    channel     text NOT NULL,
    thread_ts   text NOT NULL,
    answered_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (channel, thread_ts)
);

-- 👍/👎 on answers, with what was asked and answered; the user only as a SHA-256 hash of their Slack id.
CREATE TABLE slack_feedback (
    id         bigserial PRIMARY KEY,
    created_at timestamptz NOT NULL DEFAULT now(),
    reply_id   text NOT NULL,
    vote       text NOT NULL CHECK (vote IN ('up', 'down')),
    user_hash  text NOT NULL,
    channel    text,
    question   text NOT NULL,
    answer     text NOT NULL,
    grounded   boolean NOT NULL,
    citations  jsonb NOT NULL
);
