-- Forms module: F06 (specification definition against the reference-price catalogue) and F07
-- (comparison of vendors' offers against an F06), and the assets registered from them when the
-- goods arrive. Catalogue items, editions and assets belong to the assets module: kept by id
-- and by value (names, numbers and prices as they were), never by foreign key.
-- Valid on H2 2.x (no MODE) and PostgreSQL 14+.

-- F06: one per submission; the edition the items come from, and whether the goods were registered.
CREATE TABLE frm_spec (
  submission_id    BIGINT        NOT NULL PRIMARY KEY,
  edition_id       BIGINT        NOT NULL,
  edition_name     VARCHAR(200)  NOT NULL,
  total            NUMERIC(14,2) NOT NULL,
  reference_total  NUMERIC(14,2) NOT NULL,
  assets_created_at TIMESTAMP WITH TIME ZONE,
  assets_created_by VARCHAR(64),
  version          BIGINT        DEFAULT 0 NOT NULL,
  CONSTRAINT fk_frm_spec_submission FOREIGN KEY (submission_id) REFERENCES frm_submission (id)
);

-- An item of an F06: the catalogue item copied (number, name, unit, reference price as printed),
-- the quantity, the unit price asked for and, when it is above the reference price, the reason.
CREATE SEQUENCE frm_spec_item_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE frm_spec_item (
  id               BIGINT        NOT NULL PRIMARY KEY,
  submission_id    BIGINT        NOT NULL,
  item_no          INTEGER       NOT NULL,
  catalog_item_id  BIGINT        NOT NULL,
  catalog_item_no  VARCHAR(20)   NOT NULL,
  name             VARCHAR(500)  NOT NULL,
  unit_name        VARCHAR(50),
  quantity         INTEGER       NOT NULL,
  reference_price  NUMERIC(14,2) NOT NULL,
  unit_price       NUMERIC(14,2) NOT NULL,
  price_reason     VARCHAR(1000),
  CONSTRAINT fk_frm_spec_item_spec FOREIGN KEY (submission_id) REFERENCES frm_spec (submission_id),
  CONSTRAINT uq_frm_spec_item UNIQUE (submission_id, item_no),
  CONSTRAINT ck_frm_spec_item_qty CHECK (quantity > 0)
);

-- A spec line of an item: as in the catalogue, EDITED (catalogue_text holds the original),
-- ADDED (no catalogue line), or REMOVED (a catalogue line dropped; kept so it prints). Edited
-- and removed lines carry the written reason.
CREATE SEQUENCE frm_spec_line_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE frm_spec_line (
  id               BIGINT        NOT NULL PRIMARY KEY,
  spec_item_id     BIGINT        NOT NULL,
  line_no          INTEGER       NOT NULL,
  text             VARCHAR(1000) NOT NULL,
  catalogue_text   VARCHAR(1000),
  deviation        VARCHAR(20)   NOT NULL,
  reason           VARCHAR(1000),
  CONSTRAINT fk_frm_spec_line_item FOREIGN KEY (spec_item_id) REFERENCES frm_spec_item (id),
  CONSTRAINT uq_frm_spec_line UNIQUE (spec_item_id, line_no)
);

-- F07: one per submission, comparing offers against one F06.
CREATE TABLE frm_comparison (
  submission_id    BIGINT        NOT NULL PRIMARY KEY,
  spec_submission_id BIGINT      NOT NULL,
  version          BIGINT        DEFAULT 0 NOT NULL,
  CONSTRAINT fk_frm_comparison_submission FOREIGN KEY (submission_id) REFERENCES frm_submission (id),
  CONSTRAINT fk_frm_comparison_spec FOREIGN KEY (spec_submission_id) REFERENCES frm_spec (submission_id)
);
CREATE INDEX ix_frm_comparison_spec ON frm_comparison (spec_submission_id);

-- A vendor's offer for one item of the spec, at a unit price; compliant and winner are decided
-- when the comparison is filed (the cheapest compliant offer per item wins).
CREATE SEQUENCE frm_offer_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE frm_offer (
  id               BIGINT        NOT NULL PRIMARY KEY,
  submission_id    BIGINT        NOT NULL,
  offer_no         INTEGER       NOT NULL,
  vendor           VARCHAR(300)  NOT NULL,
  spec_item_id     BIGINT        NOT NULL,
  unit_price       NUMERIC(14,2) NOT NULL,
  note             VARCHAR(1000),
  compliant        BOOLEAN       NOT NULL,
  winner           BOOLEAN       NOT NULL,
  CONSTRAINT fk_frm_offer_comparison FOREIGN KEY (submission_id) REFERENCES frm_comparison (submission_id),
  CONSTRAINT fk_frm_offer_item FOREIGN KEY (spec_item_id) REFERENCES frm_spec_item (id),
  CONSTRAINT uq_frm_offer UNIQUE (submission_id, offer_no)
);

-- The vendor's answer to one spec line: MEETS, DOES_NOT_MEET or EXCEEDS, with a note.
CREATE SEQUENCE frm_offer_answer_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE frm_offer_answer (
  id               BIGINT        NOT NULL PRIMARY KEY,
  offer_id         BIGINT        NOT NULL,
  spec_line_id     BIGINT        NOT NULL,
  answer           VARCHAR(20)   NOT NULL,
  note             VARCHAR(1000),
  CONSTRAINT fk_frm_offer_answer_offer FOREIGN KEY (offer_id) REFERENCES frm_offer (id),
  CONSTRAINT fk_frm_offer_answer_line FOREIGN KEY (spec_line_id) REFERENCES frm_spec_line (id),
  CONSTRAINT uq_frm_offer_answer UNIQUE (offer_id, spec_line_id)
);

-- The assets registered from an approved F06 (or its F07), one row per asset.
CREATE SEQUENCE frm_spec_asset_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE frm_spec_asset (
  id               BIGINT        NOT NULL PRIMARY KEY,
  spec_submission_id BIGINT      NOT NULL,
  source_submission_id BIGINT    NOT NULL,
  spec_item_id     BIGINT        NOT NULL,
  asset_id         BIGINT        NOT NULL,
  asset_number     VARCHAR(60)   NOT NULL,
  price            NUMERIC(14,2) NOT NULL,
  created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT fk_frm_spec_asset_spec FOREIGN KEY (spec_submission_id) REFERENCES frm_spec (submission_id)
);
CREATE INDEX ix_frm_spec_asset_spec ON frm_spec_asset (spec_submission_id);
