package th.obec.esa.ict.forms.document;

import java.util.List;

/**
 * The content of a บันทึกข้อความ, already in words: the renderer only lays it out.
 *
 * @param section the ส่วนราชการ line
 * @param number the ที่ line's number ("ศธ 04086/12"), or null for a draft
 * @param date the วันที่ line, in the Buddhist era
 * @param paragraphs the body, each paragraph indented on its first line
 * @param listLines numbered lines printed after the first paragraph (items, assets)
 * @param requester the requester's signature
 * @param chain the review and approval, in order
 * @param annexes tables and records printed with the memo (before the chain, or after it)
 */
public record Memo(String section, String number, String date, String subject, String to, List<String> paragraphs,
    List<String> listLines, String closing, Signature requester, List<ChainEntry> chain, String footer,
    List<Annex> annexes) {

  /** A memo that is all running text. */
  public Memo(String section, String number, String date, String subject, String to, List<String> paragraphs,
      List<String> listLines, String closing, Signature requester, List<ChainEntry> chain, String footer) {
    this(section, number, date, subject, to, paragraphs, listLines, closing, requester, chain, footer, List.of());
  }

  /** The same memo with its annexes (tables, records, committee signatures). */
  public Memo withAnnexes(List<Annex> more) {
    return new Memo(section, number, date, subject, to, paragraphs, listLines, closing, requester, chain, footer,
        more);
  }

  /**
   * A signature block (worded by {@link th.obec.esa.ict.platform.signature.SignatureBlock}): the name in
   * parentheses, the own position, the acting line (the order's acting role, or "ปฏิบัติหน้าที่แทน /
   * รักษาราชการแทน / ปฏิบัติราชการแทน …") and the basis line ("ตามคำสั่งที่ 275/2561 ข้อ 1.10").
   */
  public record Signature(String caption, String name, String position, String actingLine, String date,
      String basisLine) {

    public Signature(String caption, String name, String position, String actingLine, String date) {
      this(caption, name, position, actingLine, date, null);
    }
  }

  /** A decision in the chain: what was decided, the comment, who signed and on what basis. */
  public record ChainEntry(String heading, String comment, Signature signature, String basisNote) {}
}
