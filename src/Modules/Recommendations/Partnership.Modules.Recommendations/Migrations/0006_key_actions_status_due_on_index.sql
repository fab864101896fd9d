-- Reports and the feed's previews filter the actions by status and read them in due-date order (the Amber
-- ones due soonest, the Red ones longest overdue): with the status first, the index holds exactly those rows.
CREATE INDEX ix_key_actions_status_due_on ON recommendations.key_actions (status, due_on);
