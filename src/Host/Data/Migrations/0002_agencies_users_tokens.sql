CREATE TABLE platform.agencies (
    id uuid NOT NULL,
    name character varying(200) NOT NULL,
    type character varying(40) NOT NULL,
    is_active boolean NOT NULL,
    CONSTRAINT pk_agencies PRIMARY KEY (id)
);

CREATE UNIQUE INDEX ix_agencies_name ON platform.agencies (name);

CREATE TABLE platform.users (
    id uuid NOT NULL,
    email character varying(320) NOT NULL,
    normalized_email character varying(320) NOT NULL,
    display_name character varying(200) NOT NULL,
    agency_id uuid NOT NULL,
    roles text[] NOT NULL,
    is_active boolean NOT NULL,
    password_hash text NULL,
    security_stamp text NOT NULL,
    lockout_end timestamp with time zone NULL,
    access_failed_count integer NOT NULL,
    authenticator_key text NULL,
    two_factor_enabled boolean NOT NULL,
    invited_at timestamp with time zone NOT NULL,
    CONSTRAINT pk_users PRIMARY KEY (id),
    CONSTRAINT fk_users_agencies_agency_id FOREIGN KEY (agency_id) REFERENCES platform.agencies (id) ON DELETE RESTRICT
);

CREATE INDEX ix_users_agency_id ON platform.users (agency_id);
CREATE UNIQUE INDEX ix_users_normalized_email ON platform.users (normalized_email);

CREATE TABLE platform.reporting_tokens (
    id uuid NOT NULL,
    user_id uuid NOT NULL,
    name character varying(100) NOT NULL,
    secret_hash text NOT NULL,
    prefix text NOT NULL,
    created_at timestamp with time zone NOT NULL,
    expires_on date NOT NULL,
    revoked_at timestamp with time zone NULL,
    last_used_at timestamp with time zone NULL,
    CONSTRAINT pk_reporting_tokens PRIMARY KEY (id),
    CONSTRAINT fk_reporting_tokens_users_user_id FOREIGN KEY (user_id) REFERENCES platform.users (id) ON DELETE CASCADE
);

CREATE INDEX ix_reporting_tokens_prefix ON platform.reporting_tokens (prefix);
CREATE INDEX ix_reporting_tokens_user_id ON platform.reporting_tokens (user_id);
