-- A review has at most one current chair and one current author. The panel screen checks this, and
-- the index keeps it true when two people add a chair at the same moment.
CREATE UNIQUE INDEX ux_panel_members_current_single_role ON reviews.panel_members (review_id, role)
    WHERE removed_on IS NULL AND role IN ('Chair', 'Author');
