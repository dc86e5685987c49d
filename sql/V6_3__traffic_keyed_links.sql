-- Issue 15: the traffic record's row links become keyed. From now on each row's link (row_hash) is
-- HMAC-SHA256(chain key, previous link || "\n" || canonical row) with the key that already signs the
-- head and the purge anchors (not in the database; docs/traffic.md). Rows already stored keep their
-- SHA-256 links and are verified as such: they are not rewritten, so exported files and printed
-- anchors that quote their hashes stay true. keyed_from is the first seq with a keyed link: the seq
-- after the head at the time of this migration (1 on a new database). The application signs it with
-- the head (head_mac), so moving it in the database breaks the head's signature.
-- Stop every instance before this migration runs: an older instance would still write SHA-256 links.
ALTER TABLE trf_chain ADD COLUMN keyed_from BIGINT;
UPDATE trf_chain SET keyed_from = last_seq + 1;
ALTER TABLE trf_chain ALTER COLUMN keyed_from SET NOT NULL;
