-- Across every agency, actions are read in due-date order (the reporting feed's previews and filters on
-- DueOn, the reminders of what falls due): an index on the date alone serves them without a sort of every action.
CREATE INDEX ix_key_actions_due_on ON recommendations.key_actions (due_on);
