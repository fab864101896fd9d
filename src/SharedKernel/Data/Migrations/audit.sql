-- The audit trail every schema keeps; {schema} is replaced by the module's schema.
CREATE TABLE {schema}.audit_entries (
    id uuid NOT NULL,
    occurred_at timestamp with time zone NOT NULL,
    user_id uuid NULL,
    actor text NOT NULL,
    agency_id uuid NULL,
    action text NOT NULL,
    entity_type text NOT NULL,
    entity_id text NULL,
    before jsonb NULL,
    after jsonb NULL,
    CONSTRAINT pk_audit_entries PRIMARY KEY (id)
);

CREATE INDEX ix_audit_entries_occurred_at ON {schema}.audit_entries (occurred_at);
