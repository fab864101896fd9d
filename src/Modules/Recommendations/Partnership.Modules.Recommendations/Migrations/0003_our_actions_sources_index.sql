-- "Our actions" lists the plans an agency has actions in, for its source filter: answered from the
-- index alone, without reading each action.
CREATE INDEX ix_key_actions_agency_id_source_id ON recommendations.key_actions (agency_id, source_id);
