-- An uploaded action plan kept as text while the business team maps its columns and fixes its rows.
CREATE TABLE recommendations.import_drafts (
    id uuid NOT NULL,
    source_id uuid NOT NULL,
    file_name character varying(255) NOT NULL,
    created_by uuid NOT NULL,
    created_at timestamp with time zone NOT NULL,
    headers jsonb NOT NULL,
    cells jsonb NOT NULL,
    columns jsonb NOT NULL,
    row_fixes jsonb NOT NULL,
    CONSTRAINT pk_import_drafts PRIMARY KEY (id),
    CONSTRAINT fk_import_drafts_sources_source_id FOREIGN KEY (source_id) REFERENCES recommendations.sources (id) ON DELETE CASCADE
);

CREATE INDEX ix_import_drafts_source_id ON recommendations.import_drafts (source_id);
