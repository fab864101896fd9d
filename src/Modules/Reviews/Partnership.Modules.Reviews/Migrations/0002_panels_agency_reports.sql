CREATE TABLE reviews.panel_members (
    id uuid NOT NULL,
    review_id uuid NOT NULL,
    name character varying(200) NOT NULL,
    position character varying(200) NULL,
    agency_id uuid NULL,
    role character varying(40) NOT NULL,
    added_on date NOT NULL,
    added_by character varying(320) NOT NULL,
    removed_on date NULL,
    removed_by character varying(320) NULL,
    CONSTRAINT pk_panel_members PRIMARY KEY (id),
    CONSTRAINT fk_panel_members_reviews_review_id FOREIGN KEY (review_id) REFERENCES reviews.reviews (id) ON DELETE CASCADE
);

CREATE INDEX ix_panel_members_review_id ON reviews.panel_members (review_id);

CREATE TABLE reviews.agency_reports (
    id uuid NOT NULL,
    review_id uuid NOT NULL,
    agency_id uuid NOT NULL,
    kind character varying(40) NOT NULL,
    state character varying(40) NOT NULL,
    due_on date NOT NULL,
    text character varying(10000) NULL,
    document_id uuid NULL,
    file_name character varying(255) NULL,
    changes_comment character varying(2000) NULL,
    requested_on date NOT NULL,
    submitted_on date NULL,
    accepted_on date NULL,
    CONSTRAINT pk_agency_reports PRIMARY KEY (id),
    CONSTRAINT fk_agency_reports_reviews_review_id FOREIGN KEY (review_id) REFERENCES reviews.reviews (id) ON DELETE CASCADE
);

CREATE INDEX ix_agency_reports_review_id ON reviews.agency_reports (review_id);

CREATE INDEX ix_agency_reports_agency_id ON reviews.agency_reports (agency_id);

CREATE TABLE reviews.agency_report_steps (
    id uuid NOT NULL,
    report_id uuid NOT NULL,
    agency_id uuid NOT NULL,
    state character varying(40) NOT NULL,
    due_on date NOT NULL,
    comment character varying(2000) NULL,
    document_id uuid NULL,
    file_name character varying(255) NULL,
    recorded_by character varying(320) NOT NULL,
    recorded_at timestamp with time zone NOT NULL,
    CONSTRAINT pk_agency_report_steps PRIMARY KEY (id),
    CONSTRAINT fk_agency_report_steps_agency_reports_report_id FOREIGN KEY (report_id) REFERENCES reviews.agency_reports (id) ON DELETE CASCADE
);

CREATE INDEX ix_agency_report_steps_report_id ON reviews.agency_report_steps (report_id);
