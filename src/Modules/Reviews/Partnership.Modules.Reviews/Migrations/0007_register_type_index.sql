-- The register is most often filtered by type, and its overdue filter cannot use an index of its own
-- (its dates are today's): reading one type's reviews first spares checking every review.
CREATE INDEX ix_reviews_type ON reviews.reviews (type);
