-- Issue 16: the authority check's facts (absences, powers, delegations) are read once per office day
-- and shared by the requests of that day until this version moves. Every write of an absence or a
-- delegation raises it in the writer's transaction, so every instance sees a committed change at once.
CREATE TABLE dlg_facts_version (
  id       INTEGER NOT NULL PRIMARY KEY,
  version  BIGINT  NOT NULL
);
INSERT INTO dlg_facts_version (id, version) VALUES (1, 0);
