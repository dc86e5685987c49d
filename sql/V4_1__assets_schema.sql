-- Assets module: the specification catalogue (editions of the MDES reference-price list, their
-- items, spec lines and import log), the asset register, each asset's history of changes, the
-- running numbers of asset numbers and the office's depreciation policies.
-- Valid on H2 2.x (no MODE) and PostgreSQL 14+. Ids: one sequence per table, START WITH 1000
-- INCREMENT BY 50 (JPA allocationSize = 50); reference data uses explicit ids below 1000.

-- An edition of the reference-price list ("มีนาคม 2566").
CREATE SEQUENCE ast_edition_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE ast_edition (
  id               BIGINT        NOT NULL PRIMARY KEY,
  name             VARCHAR(100)  NOT NULL,
  publisher        VARCHAR(300)  NOT NULL,
  announced_on     DATE,
  effective_from   DATE,
  source_document  VARCHAR(1000),
  note             VARCHAR(2000),
  version          BIGINT        DEFAULT 0 NOT NULL,
  CONSTRAINT uq_ast_edition_name UNIQUE (name)
);

-- One item of an edition; item_no is the number printed in the edition.
-- name_key is the Thai name normalised (trimmed, single spaces, lower case): search and the
-- price history across editions use it.
CREATE SEQUENCE ast_catalog_item_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE ast_catalog_item (
  id               BIGINT        NOT NULL PRIMARY KEY,
  edition_id       BIGINT        NOT NULL,
  item_no          VARCHAR(20)   NOT NULL,
  category         VARCHAR(200),
  name_th          VARCHAR(500)  NOT NULL,
  name_en          VARCHAR(500),
  name_key         VARCHAR(500)  NOT NULL,
  unit             VARCHAR(50),
  reference_price  NUMERIC(14,2) NOT NULL,
  source_page      INTEGER,
  source_note      VARCHAR(1000),
  version          BIGINT        DEFAULT 0 NOT NULL,
  CONSTRAINT uq_ast_catalog_item_no UNIQUE (edition_id, item_no),
  CONSTRAINT fk_ast_catalog_item_edition FOREIGN KEY (edition_id) REFERENCES ast_edition (id),
  CONSTRAINT ck_ast_catalog_item_price CHECK (reference_price >= 0)
);
CREATE INDEX ix_ast_catalog_item_name_key ON ast_catalog_item (name_key);

-- The ordered minimum-specification lines of an item (line_no from 0).
CREATE TABLE ast_catalog_spec (
  item_id          BIGINT        NOT NULL,
  line_no          INTEGER       NOT NULL,
  text             VARCHAR(2000) NOT NULL,
  CONSTRAINT pk_ast_catalog_spec PRIMARY KEY (item_id, line_no),
  CONSTRAINT fk_ast_catalog_spec_item FOREIGN KEY (item_id) REFERENCES ast_catalog_item (id)
);

-- Every accepted import file, by the SHA-256 of its bytes: the same file twice creates nothing.
CREATE SEQUENCE ast_catalog_import_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE ast_catalog_import (
  id               BIGINT        NOT NULL PRIMARY KEY,
  edition_id       BIGINT        NOT NULL,
  file_name        VARCHAR(300)  NOT NULL,
  content_sha256   VARCHAR(64)   NOT NULL,
  item_count       INTEGER       NOT NULL,
  created_count    INTEGER       NOT NULL,
  imported_at      TIMESTAMP WITH TIME ZONE NOT NULL,
  imported_by      VARCHAR(64)   NOT NULL,
  version          BIGINT        DEFAULT 0 NOT NULL,
  CONSTRAINT uq_ast_catalog_import_hash UNIQUE (content_sha256),
  CONSTRAINT fk_ast_catalog_import_edition FOREIGN KEY (edition_id) REFERENCES ast_edition (id)
);

-- The asset register. custodian_staff_id / custodian_uid point into the organisation module and
-- the directory by value (no foreign key across modules). search_text is the lower-cased
-- concatenation of number, serial, name, brand, model and location, kept by the entity.
CREATE SEQUENCE ast_asset_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE ast_asset (
  id                 BIGINT        NOT NULL PRIMARY KEY,
  asset_number       VARCHAR(40)   NOT NULL,
  name               VARCHAR(500)  NOT NULL,
  category           VARCHAR(200),
  catalog_item_id    BIGINT,
  edition_id         BIGINT,
  brand              VARCHAR(200),
  model              VARCHAR(200),
  serial_no          VARCHAR(100),
  acquired_on        DATE          NOT NULL,
  price              NUMERIC(14,2) NOT NULL,
  budget_source      VARCHAR(300),
  procurement_ref    VARCHAR(300),
  location_kind      VARCHAR(20)   NOT NULL,
  location           VARCHAR(300)  NOT NULL,
  custodian_staff_id BIGINT,
  custodian_uid      VARCHAR(64),
  status             VARCHAR(30)   NOT NULL,
  status_changed_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
  search_text        VARCHAR(2000) NOT NULL,
  version            BIGINT        DEFAULT 0 NOT NULL,
  CONSTRAINT uq_ast_asset_number UNIQUE (asset_number),
  CONSTRAINT fk_ast_asset_item FOREIGN KEY (catalog_item_id) REFERENCES ast_catalog_item (id),
  CONSTRAINT fk_ast_asset_edition FOREIGN KEY (edition_id) REFERENCES ast_edition (id),
  CONSTRAINT ck_ast_asset_price CHECK (price >= 0)
);
-- the list pages are ordered by asset number; a status filter walks this index in that order
CREATE INDEX ix_ast_asset_status_number ON ast_asset (status, asset_number);
CREATE INDEX ix_ast_asset_serial ON ast_asset (serial_no);
CREATE INDEX ix_ast_asset_custodian_staff ON ast_asset (custodian_staff_id);
CREATE INDEX ix_ast_asset_custodian_uid ON ast_asset (custodian_uid);
CREATE INDEX ix_ast_asset_item ON ast_asset (catalog_item_id);
CREATE INDEX ix_ast_asset_edition ON ast_asset (edition_id);
CREATE INDEX ix_ast_asset_acquired ON ast_asset (acquired_on);
CREATE INDEX ix_ast_asset_category ON ast_asset (category);

-- The history of an asset: every change, who made it, for whom, on what basis.
CREATE SEQUENCE ast_asset_event_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE ast_asset_event (
  id               BIGINT        NOT NULL PRIMARY KEY,
  asset_id         BIGINT        NOT NULL,
  at_time          TIMESTAMP WITH TIME ZONE NOT NULL,
  kind             VARCHAR(30)   NOT NULL,
  from_status      VARCHAR(30),
  to_status        VARCHAR(30),
  actor_uid        VARCHAR(64)   NOT NULL,
  acting_for_uid   VARCHAR(64),
  basis            VARCHAR(200),
  reason           VARCHAR(1000),
  detail           VARCHAR(2000),
  version          BIGINT        DEFAULT 0 NOT NULL,
  CONSTRAINT fk_ast_asset_event_asset FOREIGN KEY (asset_id) REFERENCES ast_asset (id)
);
CREATE INDEX ix_ast_asset_event_asset ON ast_asset_event (asset_id, at_time);

-- The last running number given out per prefix (class-group) and Buddhist-era fiscal year.
CREATE SEQUENCE ast_number_counter_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE ast_number_counter (
  id               BIGINT        NOT NULL PRIMARY KEY,
  prefix           VARCHAR(40)   NOT NULL,
  fiscal_year_be   INTEGER       NOT NULL,
  last_running     INTEGER       NOT NULL,
  version          BIGINT        DEFAULT 0 NOT NULL,
  CONSTRAINT uq_ast_number_counter UNIQUE (prefix, fiscal_year_be)
);

-- Straight-line depreciation per asset category, where the office wants book values.
CREATE SEQUENCE ast_depreciation_policy_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE ast_depreciation_policy (
  id                 BIGINT        NOT NULL PRIMARY KEY,
  category           VARCHAR(200)  NOT NULL,
  useful_life_years  INTEGER       NOT NULL,
  salvage_value      NUMERIC(14,2) NOT NULL,
  version            BIGINT        DEFAULT 0 NOT NULL,
  CONSTRAINT uq_ast_depreciation_policy UNIQUE (category),
  CONSTRAINT ck_ast_depreciation_life CHECK (useful_life_years > 0),
  CONSTRAINT ck_ast_depreciation_salvage CHECK (salvage_value >= 0)
);
