CREATE TABLE reviews.themes (
    id uuid NOT NULL,
    name character varying(100) NOT NULL,
    normalized_name character varying(100) NOT NULL,
    is_retired boolean NOT NULL,
    CONSTRAINT pk_themes PRIMARY KEY (id)
);

CREATE UNIQUE INDEX ix_themes_normalized_name ON reviews.themes (normalized_name);

CREATE TABLE reviews.review_themes (
    review_id uuid NOT NULL,
    theme_id uuid NOT NULL,
    CONSTRAINT pk_review_themes PRIMARY KEY (review_id, theme_id),
    CONSTRAINT fk_review_themes_reviews_review_id FOREIGN KEY (review_id) REFERENCES reviews.reviews (id) ON DELETE CASCADE,
    CONSTRAINT fk_review_themes_themes_theme_id FOREIGN KEY (theme_id) REFERENCES reviews.themes (id) ON DELETE RESTRICT
);

CREATE INDEX ix_review_themes_theme_id ON reviews.review_themes (theme_id);

CREATE TABLE reviews.learning_items (
    id uuid NOT NULL,
    review_id uuid NOT NULL,
    kind character varying(40) NOT NULL,
    text character varying(4000) NOT NULL,
    recorded_at timestamp with time zone NOT NULL,
    changed_at timestamp with time zone NOT NULL,
    CONSTRAINT pk_learning_items PRIMARY KEY (id),
    CONSTRAINT fk_learning_items_reviews_review_id FOREIGN KEY (review_id) REFERENCES reviews.reviews (id) ON DELETE CASCADE
);

CREATE INDEX ix_learning_items_review_id ON reviews.learning_items (review_id);

CREATE TABLE reviews.learning_item_themes (
    learning_item_id uuid NOT NULL,
    theme_id uuid NOT NULL,
    CONSTRAINT pk_learning_item_themes PRIMARY KEY (learning_item_id, theme_id),
    CONSTRAINT fk_learning_item_themes_learning_items_learning_item_id FOREIGN KEY (learning_item_id) REFERENCES reviews.learning_items (id) ON DELETE CASCADE,
    CONSTRAINT fk_learning_item_themes_themes_theme_id FOREIGN KEY (theme_id) REFERENCES reviews.themes (id) ON DELETE RESTRICT
);

CREATE INDEX ix_learning_item_themes_theme_id ON reviews.learning_item_themes (theme_id);

CREATE TABLE reviews.learning_item_agencies (
    learning_item_id uuid NOT NULL,
    agency_id uuid NOT NULL,
    CONSTRAINT pk_learning_item_agencies PRIMARY KEY (learning_item_id, agency_id),
    CONSTRAINT fk_learning_item_agencies_learning_items_learning_item_id FOREIGN KEY (learning_item_id) REFERENCES reviews.learning_items (id) ON DELETE CASCADE
);
