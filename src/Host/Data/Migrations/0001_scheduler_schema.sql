-- Quartz creates its tables (prefix scheduler.qrtz_) but not the schema that holds them.
CREATE SCHEMA IF NOT EXISTS scheduler;
