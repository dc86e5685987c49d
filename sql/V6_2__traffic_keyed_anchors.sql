-- Issue 15: tamper evidence that holds against the database's own user. The chain head and every
-- purge anchor carry an HMAC-SHA256 keyed by a secret that is not in the database (MicroProfile
-- Config ict.traffic.chain-key / environment ICT_TRAFFIC_CHAIN_KEY, else a key file in the data
-- folder). Rows deleted together with a forged purge row, or rewritten up to a recomputed head, no
-- longer verify: the forger cannot sign. Purge rows written before this migration have no MAC and
-- are reported as unsigned by verification.
ALTER TABLE trf_purge ADD COLUMN anchor_mac VARCHAR(64);
ALTER TABLE trf_chain ADD COLUMN head_mac VARCHAR(64);
