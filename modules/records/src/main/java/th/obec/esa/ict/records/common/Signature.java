package th.obec.esa.ict.records.common;

import th.obec.esa.ict.platform.signature.SignatureBlock;

/**
 * Who signs a report (F15, F17) as the ICT officer responsible: the name, own position, and the
 * acting line and its basis as {@link SignatureBlock} words them (the one place) from the order in
 * force on the day of signing. Given by the page (from the signed-in person's staff record) when the
 * report is issued and kept with the record, so the printed report never changes afterwards.
 */
public record Signature(String name, String position, String actingLine, String basisLine) {

  /** A signer with no acting line (no order gives her one). */
  public Signature(String name, String position) {
    this(name, position, null, null);
  }

  /** The signer as the one place worded her block. */
  public static Signature of(SignatureBlock block) {
    return new Signature(block.name(), block.position(), block.actingLine(), block.basisLine());
  }

  /** The block to print. */
  public SignatureBlock block() {
    return new SignatureBlock(name, position, actingLine, basisLine);
  }
}
