package th.obec.esa.ict.forms.document;

import java.util.List;

/**
 * A part of a printed form that is not the memo's running text: a titled page (or section) with
 * tables and signatures, such as the F07's comparison table with the committee's signatures, or
 * the F04's record of hand-out and return.
 *
 * @param title printed centred and bold
 * @param lines paragraphs before the tables
 * @param tables printed in order, each with its caption
 * @param after paragraphs after the tables, before the signatures
 * @param signatures side by side, up to three a row (a committee)
 * @param closing paragraphs and a single signature after the others (the head of procurement's
 *     view), or null
 * @param landscape on a page of its own, turned sideways (a wide table); otherwise in the flow
 * @param afterChain printed after the chain of approval (a record of what happened later)
 */
public record Annex(String title, List<String> lines, List<Table> tables, List<String> after,
    List<Memo.Signature> signatures, Closing closing, boolean landscape, boolean afterChain) {

  /**
   * A table: the header row, the rows, relative column widths, and the column to mark (the chosen
   * offer; -1 for none), which is shaded.
   */
  public record Table(String caption, List<String> headers, float[] widths, List<Row> rows, int markedColumn) {}

  /** A row; {@code emphasis} prints it bold (totals, the committee's verdict). */
  public record Row(List<String> cells, boolean emphasis) {}

  /** A view under the committee's signatures, signed by one person (the head of procurement). */
  public record Closing(String heading, List<String> paragraphs, Memo.Signature signature) {}
}
