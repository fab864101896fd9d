-- The partnership's theme list starts with the themes of DOMAIN.md (seeds 000 and 002); the business
-- team renames, retires and adds to it. Ids are name-based (StandardThemes.IdOf), so the demo's
-- reviews and learning find the same themes in every database.
INSERT INTO reviews.themes (id, name, normalized_name, is_retired) VALUES
    ('bffb9943-c489-3d80-9bcf-f30a44919475', 'Professional curiosity', 'professional curiosity', false),
    ('7dfb44ac-2b78-3809-9a18-da0662d9b72e', 'Disguised compliance', 'disguised compliance', false),
    ('bf3e2269-719e-3755-8c5b-d5f86522f72f', 'Escalation', 'escalation', false),
    ('0c778d4f-23ea-3265-963b-98b21fb020c2', 'Bereavement', 'bereavement', false),
    ('4404c1ff-84a7-3d76-adb0-db624cfb42e4', 'Differing agency risk assessment', 'differing agency risk assessment', false),
    ('8747c6d7-02a5-3103-bf9c-3c77feb6660f', 'Domestic abuse', 'domestic abuse', false),
    ('0e68abcd-b674-3a3b-ae6a-ad002bb9a091', 'The pandemic', 'the pandemic', false),
    ('9f7480d9-87b3-3803-9edf-14e12ecd9cc5', 'Complex health needs', 'complex health needs', false),
    ('d467aef2-c7ac-3e9f-8d7b-2a7d2d36e536', 'Neglect', 'neglect', false),
    ('ce833ffa-ca61-39d8-ab68-bac6a0095155', 'Self-harm and suicide', 'self-harm and suicide', false),
    ('394a73c8-2450-3c1d-a9ee-78d99a853a1b', 'Care leavers', 'care leavers', false),
    ('ccc22661-1a37-370e-8aab-28189369c988', 'Homelessness', 'homelessness', false),
    ('893f943b-4954-3582-abef-f2ecca16e965', 'Honour-based violence', 'honour-based violence', false),
    ('9fa1b03f-a291-37da-aac9-585f646a76dd', 'Extra-familial harm', 'extra-familial harm', false),
    ('596bde85-1d9a-371a-b1b4-7b785afdf5a4', 'Serious youth violence', 'serious youth violence', false),
    ('504e3d93-fd38-323b-b547-213fefebb895', 'Think family', 'think family', false),
    ('735da70e-d70c-39ad-8d7b-9afd610e79b5', 'Was not brought', 'was not brought', false),
    ('84e634df-d12f-32d9-a926-fcf956b331a2', 'Voice of the child', 'voice of the child', false)
ON CONFLICT DO NOTHING;
