-- English names of the staff of order 275/2561 who have a directory account, as the directory
-- gives them (displayName;lang-en of config/ldap/demo.ldif, without the title), so that the staff
-- directory finds a person by an English name as well. Thai names stay as printed in the order.
UPDATE org_staff SET given_name_en = 'Panor', family_name_en = 'Thipphimonrat' WHERE id = 1 AND directory_uid = 'director';
UPDATE org_staff SET given_name_en = 'Wiparat', family_name_en = 'Kwaonueng' WHERE id = 2 AND directory_uid = 'wiparat';
UPDATE org_staff SET given_name_en = 'Nanphat', family_name_en = 'Kiatmaphonsak' WHERE id = 4 AND directory_uid = 'nanphat';
UPDATE org_staff SET given_name_en = 'Khwansiri', family_name_en = 'Kongchang' WHERE id = 5 AND directory_uid = 'khwansiri';
UPDATE org_staff SET given_name_en = 'Somchai', family_name_en = 'Kotwichian' WHERE id = 6 AND directory_uid = 'somchai';
UPDATE org_staff SET given_name_en = 'Sinlapachai', family_name_en = 'Phueakkham' WHERE id = 7 AND directory_uid = 'sinlapachai';
