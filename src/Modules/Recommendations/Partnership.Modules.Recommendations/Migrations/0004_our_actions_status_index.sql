-- "Our actions" filtered by status (an agency's Amber actions, say) reads only those actions, not every
-- action of the agency to throw most of them away.
CREATE INDEX ix_key_actions_agency_id_status ON recommendations.key_actions (agency_id, status);
