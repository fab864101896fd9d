-- Full-text search: vectors PostgreSQL keeps up to date itself, with GIN indexes for websearch_to_tsquery.
ALTER TABLE reviews.reviews ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (setweight(to_tsvector('english', coalesce(reference, '')), 'A') || setweight(to_tsvector('english', coalesce(subject, '')), 'A') || setweight(to_tsvector('english', coalesce(summary, '')), 'B')) STORED;

CREATE INDEX ix_reviews_search_vector ON reviews.reviews USING gin (search_vector);

ALTER TABLE reviews.learning_items ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (to_tsvector('english', text)) STORED;

CREATE INDEX ix_learning_items_search_vector ON reviews.learning_items USING gin (search_vector);
