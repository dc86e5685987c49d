-- Issue 19: every instance of a cluster has the same nightly timers; a job claims its office day
-- here before it runs, and the primary key lets only the first claim of a day through.
CREATE TABLE core_job_run (
  job          VARCHAR(80)  NOT NULL,
  run_day      DATE         NOT NULL,
  instance     VARCHAR(80)  NOT NULL,
  claimed_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  finished_at  TIMESTAMP WITH TIME ZONE,
  outcome      VARCHAR(200),
  CONSTRAINT pk_core_job_run PRIMARY KEY (job, run_day)
);
