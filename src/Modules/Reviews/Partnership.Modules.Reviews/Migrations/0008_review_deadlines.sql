-- The statutory deadlines of each review, as the application computes them on the bank holiday
-- calendar; the host fills them in for existing reviews after the migrations.
CREATE TABLE reviews.review_deadlines (
    review_id uuid NOT NULL,
    kind character varying(40) NOT NULL,
    due_on date NOT NULL,
    due_soon_from date NOT NULL,
    met_on date NULL,
    CONSTRAINT pk_review_deadlines PRIMARY KEY (review_id, kind),
    CONSTRAINT fk_review_deadlines_reviews_review_id FOREIGN KEY (review_id) REFERENCES reviews.reviews (id) ON DELETE CASCADE
);
