-- Issue 15: the audit trail joins the traffic record's tamper evidence. Every entry written from now
-- on takes the next chain_seq (1, 2, 3 ... without gaps) under the row lock of core_audit_chain, in the
-- same transaction as the change it records, and stores the link of the entry before it (prev_link)
-- and its own link = HMAC-SHA256(chain key, prev_link || "\n" || canonical entry). The key is the one
-- of the traffic chain (not in the database; docs/operations.md), so whoever can write these tables
-- cannot make a changed, deleted or inserted entry verify. The head (last seq and link) is signed with
-- the same key (head_mac). Entries written before this migration have no chain_seq: they are counted
-- by verification as "before the chain" and not protected. Valid on H2 2.x and PostgreSQL.
ALTER TABLE core_audit ADD COLUMN chain_seq BIGINT;
ALTER TABLE core_audit ADD COLUMN prev_link VARCHAR(64);
ALTER TABLE core_audit ADD COLUMN link VARCHAR(64);
CREATE UNIQUE INDEX core_audit_chain_seq ON core_audit (chain_seq);

CREATE TABLE core_audit_chain (
  id        INTEGER     NOT NULL PRIMARY KEY,
  last_seq  BIGINT      NOT NULL,
  last_link VARCHAR(64) NOT NULL,
  head_mac  VARCHAR(64)
);
INSERT INTO core_audit_chain (id, last_seq, last_link, head_mac)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000', NULL);
