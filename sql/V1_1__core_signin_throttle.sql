-- Core: failed sign-ins of the last minutes, per user id and per source address, so that every
-- instance of a cluster throttles a guesser alike (see docs/operations.md). Valid on H2 2.x and
-- PostgreSQL. Rows older than the window are deleted as new failures arrive.
CREATE TABLE core_signin_failure (
  key_kind   VARCHAR(8)    NOT NULL,
  key_value  VARCHAR(64)   NOT NULL,
  failed_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX core_signin_failure_key ON core_signin_failure (key_kind, key_value, failed_at);
CREATE INDEX core_signin_failure_at ON core_signin_failure (failed_at);
