CREATE TABLE reviews.reviews (
    id uuid NOT NULL,
    reference character varying(40) NOT NULL,
    type character varying(40) NOT NULL,
    subject character varying(200) NOT NULL,
    summary character varying(4000) NULL,
    chair character varying(200) NULL,
    author character varying(200) NULL,
    stage character varying(40) NOT NULL,
    incident_known_on date NULL,
    notified_on date NULL,
    rapid_review_on date NULL,
    decided_on date NULL,
    decision character varying(40) NULL,
    decision_reason character varying(2000) NULL,
    commissioned_on date NULL,
    started_on date NULL,
    draft_on date NULL,
    signed_off_on date NULL,
    published_on date NULL,
    closed_on date NULL,
    CONSTRAINT pk_reviews PRIMARY KEY (id)
);

CREATE UNIQUE INDEX ix_reviews_reference ON reviews.reviews (reference);

CREATE TABLE reviews.review_agencies (
    review_id uuid NOT NULL,
    agency_id uuid NOT NULL,
    CONSTRAINT pk_review_agencies PRIMARY KEY (review_id, agency_id),
    CONSTRAINT fk_review_agencies_reviews_review_id FOREIGN KEY (review_id) REFERENCES reviews.reviews (id) ON DELETE CASCADE
);

CREATE TABLE reviews.holds (
    id uuid NOT NULL,
    review_id uuid NOT NULL,
    process character varying(40) NOT NULL,
    reason character varying(2000) NOT NULL,
    started_on date NOT NULL,
    look_again_on date NOT NULL,
    ended_on date NULL,
    CONSTRAINT pk_holds PRIMARY KEY (id),
    CONSTRAINT fk_holds_reviews_review_id FOREIGN KEY (review_id) REFERENCES reviews.reviews (id) ON DELETE CASCADE
);

CREATE INDEX ix_holds_review_id ON reviews.holds (review_id);

CREATE TABLE reviews.stage_changes (
    id uuid NOT NULL,
    review_id uuid NOT NULL,
    what character varying(2000) NOT NULL,
    occurred_on date NOT NULL,
    recorded_by character varying(320) NOT NULL,
    recorded_at timestamp with time zone NOT NULL,
    CONSTRAINT pk_stage_changes PRIMARY KEY (id),
    CONSTRAINT fk_stage_changes_reviews_review_id FOREIGN KEY (review_id) REFERENCES reviews.reviews (id) ON DELETE CASCADE
);

CREATE INDEX ix_stage_changes_review_id ON reviews.stage_changes (review_id);
