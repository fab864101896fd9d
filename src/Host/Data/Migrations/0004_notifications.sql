-- Each person's in-app notices; one per person and occasion (key), so a daily job can run again.
CREATE TABLE platform.notifications (
    id uuid NOT NULL,
    user_id uuid NOT NULL,
    key character varying(300) NOT NULL,
    subject character varying(200) NOT NULL,
    body character varying(2000) NOT NULL,
    link character varying(500) NULL,
    raised_at timestamp with time zone NOT NULL,
    read_at timestamp with time zone NULL,
    CONSTRAINT pk_notifications PRIMARY KEY (id),
    CONSTRAINT fk_notifications_users_user_id FOREIGN KEY (user_id) REFERENCES platform.users (id) ON DELETE CASCADE
);

CREATE UNIQUE INDEX ix_notifications_user_id_key ON platform.notifications (user_id, key);
CREATE INDEX ix_notifications_user_id_raised_at ON platform.notifications (user_id, raised_at);
