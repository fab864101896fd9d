-- Action plans: sources, their recommendations and key actions, BRAG status with its history, and the
-- lead agencies' progress updates with their evidence (the files are in recommendations.documents).

CREATE TABLE recommendations.brag_definitions (
    status character varying(10) NOT NULL,
    meaning character varying(1000) NOT NULL,
    CONSTRAINT pk_brag_definitions PRIMARY KEY (status)
);

-- The common definitions (DOMAIN.md); each partnership may reword them.
INSERT INTO recommendations.brag_definitions (status, meaning) VALUES
    ('Blue', 'Complete, and evidence shows the change is embedded in practice.'),
    ('Green', 'Complete, or on track.'),
    ('Amber', 'In progress with slippage, or partly done.'),
    ('Red', 'Not started, off track, or past its due date without completion.');

CREATE TABLE recommendations.sources (
    id uuid NOT NULL,
    kind character varying(40) NOT NULL,
    review_id uuid NULL,
    reference character varying(40) NOT NULL,
    title character varying(200) NOT NULL,
    source_date date NOT NULL,
    CONSTRAINT pk_sources PRIMARY KEY (id)
);

CREATE UNIQUE INDEX ix_sources_reference ON recommendations.sources (reference);

CREATE TABLE recommendations.recommendations (
    id uuid NOT NULL,
    source_id uuid NOT NULL,
    number character varying(20) NOT NULL,
    text character varying(4000) NOT NULL,
    multi_agency boolean NOT NULL,
    timescale character varying(20) NOT NULL,
    timescale_months integer NULL,
    timescale_date date NULL,
    due_on date NOT NULL,
    CONSTRAINT pk_recommendations PRIMARY KEY (id),
    CONSTRAINT fk_recommendations_sources_source_id FOREIGN KEY (source_id) REFERENCES recommendations.sources (id) ON DELETE RESTRICT
);

CREATE INDEX ix_recommendations_source_id ON recommendations.recommendations (source_id);

CREATE TABLE recommendations.key_actions (
    id uuid NOT NULL,
    recommendation_id uuid NOT NULL,
    source_id uuid NOT NULL,
    number integer NOT NULL,
    description character varying(4000) NOT NULL,
    agency_id uuid NOT NULL,
    lead_officer character varying(200) NOT NULL,
    lead_officer_role character varying(200) NULL,
    evidence character varying(4000) NULL,
    expected_outcome character varying(4000) NULL,
    due_on date NOT NULL,
    status character varying(10) NOT NULL,
    completed boolean NOT NULL,
    overdue_noted_for date NULL,
    CONSTRAINT pk_key_actions PRIMARY KEY (id),
    CONSTRAINT fk_key_actions_recommendations_recommendation_id FOREIGN KEY (recommendation_id) REFERENCES recommendations.recommendations (id) ON DELETE RESTRICT,
    CONSTRAINT fk_key_actions_sources_source_id FOREIGN KEY (source_id) REFERENCES recommendations.sources (id) ON DELETE RESTRICT
);

-- "Our actions" reads one agency's actions by due date.
CREATE INDEX ix_key_actions_agency_id_due_on ON recommendations.key_actions (agency_id, due_on);
CREATE INDEX ix_key_actions_recommendation_id ON recommendations.key_actions (recommendation_id);
CREATE INDEX ix_key_actions_source_id ON recommendations.key_actions (source_id);

CREATE TABLE recommendations.status_changes (
    id uuid NOT NULL,
    key_action_id uuid NOT NULL,
    from_status character varying(10) NULL,
    to_status character varying(10) NOT NULL,
    completed boolean NOT NULL,
    why character varying(2000) NOT NULL,
    progress_update_id uuid NULL,
    changed_by character varying(320) NOT NULL,
    changed_at timestamp with time zone NOT NULL,
    CONSTRAINT pk_status_changes PRIMARY KEY (id),
    CONSTRAINT fk_status_changes_key_actions_key_action_id FOREIGN KEY (key_action_id) REFERENCES recommendations.key_actions (id) ON DELETE CASCADE
);

CREATE INDEX ix_status_changes_key_action_id ON recommendations.status_changes (key_action_id);

CREATE TABLE recommendations.progress_updates (
    id uuid NOT NULL,
    key_action_id uuid NOT NULL,
    agency_id uuid NOT NULL,
    sequence integer NOT NULL,
    narrative character varying(4000) NOT NULL,
    impact character varying(4000) NULL,
    reported_on date NOT NULL,
    proposed_status character varying(10) NOT NULL,
    proposed_completed boolean NOT NULL,
    state character varying(30) NOT NULL,
    verifier_comment character varying(2000) NULL,
    verified_by character varying(320) NULL,
    verified_at timestamp with time zone NULL,
    recorded_by character varying(320) NOT NULL,
    recorded_at timestamp with time zone NOT NULL,
    CONSTRAINT pk_progress_updates PRIMARY KEY (id),
    CONSTRAINT fk_progress_updates_key_actions_key_action_id FOREIGN KEY (key_action_id) REFERENCES recommendations.key_actions (id) ON DELETE CASCADE
);

-- Two people recording progress on one action at once cannot both take the next number.
CREATE UNIQUE INDEX ix_progress_updates_key_action_id_sequence ON recommendations.progress_updates (key_action_id, sequence);
-- The verification queue.
CREATE INDEX ix_progress_updates_state ON recommendations.progress_updates (state) WHERE state = 'AwaitingVerification';

CREATE TABLE recommendations.progress_evidence (
    progress_update_id uuid NOT NULL,
    document_id uuid NOT NULL,
    agency_id uuid NOT NULL,
    file_name character varying(255) NOT NULL,
    size bigint NOT NULL,
    CONSTRAINT pk_progress_evidence PRIMARY KEY (progress_update_id, document_id),
    CONSTRAINT fk_progress_evidence_documents_document_id FOREIGN KEY (document_id) REFERENCES recommendations.documents (id) ON DELETE RESTRICT,
    CONSTRAINT fk_progress_evidence_progress_updates_progress_update_id FOREIGN KEY (progress_update_id) REFERENCES recommendations.progress_updates (id) ON DELETE CASCADE
);

CREATE INDEX ix_progress_evidence_document_id ON recommendations.progress_evidence (document_id);
