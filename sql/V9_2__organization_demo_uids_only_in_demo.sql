-- Demo data only in demo mode (issue 18). V2_2 gave the staff of order 275/2561 the uids of the
-- embedded demo directory (config/ldap/demo.ldif) and V2_3 the English names of that directory;
-- neither is in the manual. Both migrations are applied on existing databases, so they are left
-- unchanged (Flyway validates their checksums); this migration takes the demo values away again
-- unless the start is a demo start (${ict_demo} is the placeholder SchemaMigration fills from
-- ict.demo). A production database then holds the manual's reference data and the order with no
-- uid, to be matched with the office's directory on the matching page (docs/operations.md).
-- Only values still equal to the demo's are cleared: a uid or name an office set itself stays.
-- Migrations run once: a database first started in demo mode keeps its demo uids (start production
-- on a fresh database, or match again on the matching page).
UPDATE org_staff SET directory_uid = NULL, directory_state = NULL, directory_checked_at = NULL
 WHERE '${ict_demo}' <> 'true'
   AND ((id = 1 AND directory_uid = 'director')
     OR (id = 2 AND directory_uid = 'wiparat')
     OR (id = 4 AND directory_uid = 'nanphat')
     OR (id = 5 AND directory_uid = 'khwansiri')
     OR (id = 6 AND directory_uid = 'somchai')
     OR (id = 7 AND directory_uid = 'sinlapachai'));

UPDATE org_staff SET given_name_en = NULL, family_name_en = NULL
 WHERE '${ict_demo}' <> 'true'
   AND ((id = 1 AND given_name_en = 'Panor' AND family_name_en = 'Thipphimonrat')
     OR (id = 2 AND given_name_en = 'Wiparat' AND family_name_en = 'Kwaonueng')
     OR (id = 4 AND given_name_en = 'Nanphat' AND family_name_en = 'Kiatmaphonsak')
     OR (id = 5 AND given_name_en = 'Khwansiri' AND family_name_en = 'Kongchang')
     OR (id = 6 AND given_name_en = 'Somchai' AND family_name_en = 'Kotwichian')
     OR (id = 7 AND given_name_en = 'Sinlapachai' AND family_name_en = 'Phueakkham'));
