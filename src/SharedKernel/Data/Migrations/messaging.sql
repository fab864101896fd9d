-- The outbox and inbox every module schema has; {schema} is replaced by the module's schema.
CREATE TABLE {schema}.outbox_messages (
    id uuid NOT NULL,
    event_type text NOT NULL,
    payload jsonb NOT NULL,
    occurred_at timestamp with time zone NOT NULL,
    delivered_at timestamp with time zone NULL,
    attempts integer NOT NULL,
    last_error text NULL,
    CONSTRAINT pk_outbox_messages PRIMARY KEY (id)
);

CREATE INDEX ix_outbox_messages_undelivered ON {schema}.outbox_messages (occurred_at) WHERE delivered_at IS NULL;

CREATE TABLE {schema}.inbox_messages (
    message_id uuid NOT NULL,
    handler text NOT NULL,
    processed_at timestamp with time zone NOT NULL,
    CONSTRAINT pk_inbox_messages PRIMARY KEY (message_id, handler)
);
