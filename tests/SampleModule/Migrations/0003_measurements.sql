CREATE TABLE sample.measurements (
    id integer NOT NULL,
    agency_id uuid NOT NULL,
    name character varying(100) NOT NULL,
    note character varying(100) NULL,
    amount numeric(12,2) NOT NULL,
    quantity integer NULL,
    total bigint NOT NULL,
    ratio double precision NULL,
    measured_on date NOT NULL,
    closed_on date NULL,
    measured_at timestamp with time zone NOT NULL,
    is_open boolean NOT NULL,
    CONSTRAINT pk_measurements PRIMARY KEY (id)
);
