CREATE TABLE sample.notes (
    id uuid NOT NULL,
    agency_id uuid NOT NULL,
    text character varying(200) NOT NULL,
    CONSTRAINT pk_notes PRIMARY KEY (id)
);

CREATE TABLE sample.note_tallies (
    name text NOT NULL,
    count integer NOT NULL,
    CONSTRAINT pk_note_tallies PRIMARY KEY (name)
);
