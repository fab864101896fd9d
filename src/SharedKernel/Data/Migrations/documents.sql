-- Uploaded files every schema can keep beside its records; {schema} is replaced by the module's schema.
CREATE TABLE {schema}.documents (
    id uuid NOT NULL,
    file_name character varying(255) NOT NULL,
    content_type character varying(120) NOT NULL,
    size bigint NOT NULL,
    content bytea NOT NULL,
    sha256 character(64) NOT NULL,
    uploaded_at timestamp with time zone NOT NULL,
    uploaded_by character varying(320) NOT NULL,
    CONSTRAINT pk_documents PRIMARY KEY (id)
);
