-- Forms module, issue 17: the F07's committee (คณะกรรมการ) and the head of procurement
-- (หัวหน้าเจ้าหน้าที่, order 275/2561 duty 1.5) through whom the committee reports to the director,
-- so the comparison prints with their signature lines. Names and positions are kept as the staff
-- list printed them when the F07 was filed; the uid links back to the person.
-- F07s filed before this have neither and print without them.
-- Valid on H2 2.x (no MODE) and PostgreSQL 14+.

ALTER TABLE frm_comparison ADD COLUMN procurement_head_uid VARCHAR(64);
ALTER TABLE frm_comparison ADD COLUMN procurement_head_name VARCHAR(300);
ALTER TABLE frm_comparison ADD COLUMN procurement_head_position VARCHAR(300);

CREATE SEQUENCE frm_comparison_member_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE frm_comparison_member (
  id               BIGINT        NOT NULL PRIMARY KEY,
  submission_id    BIGINT        NOT NULL,
  seat_no          INTEGER       NOT NULL,
  uid              VARCHAR(64)   NOT NULL,
  full_name        VARCHAR(300)  NOT NULL,
  position         VARCHAR(300),
  role             VARCHAR(20)   NOT NULL,
  CONSTRAINT fk_frm_comparison_member FOREIGN KEY (submission_id) REFERENCES frm_comparison (submission_id),
  CONSTRAINT uq_frm_comparison_member_seat UNIQUE (submission_id, seat_no),
  CONSTRAINT uq_frm_comparison_member_uid UNIQUE (submission_id, uid),
  CONSTRAINT ck_frm_comparison_member_role CHECK (role IN ('CHAIR', 'MEMBER', 'SECRETARY'))
);
