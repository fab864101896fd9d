CREATE TABLE sample.job_runs (
    job text NOT NULL,
    occurrence timestamp with time zone NOT NULL,
    executions integer NOT NULL,
    last_attempt integer NOT NULL,
    first_run_at timestamp with time zone NOT NULL,
    CONSTRAINT pk_job_runs PRIMARY KEY (job, occurrence)
);
