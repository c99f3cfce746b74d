-- One row per cohort: its rooms and the hash of its organizer's link, as JSON. A cohort never changes once
-- created, so it is written through (its links are handed out only after the row landed) and kept until keep_until.
CREATE TABLE cohorts (
    id         VARCHAR(64) PRIMARY KEY,
    state      TEXT        NOT NULL,
    created_at BIGINT      NOT NULL,
    keep_until BIGINT      NOT NULL
);
CREATE INDEX cohorts_keep_until ON cohorts (keep_until);
