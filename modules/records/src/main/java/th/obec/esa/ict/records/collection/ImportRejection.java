package th.obec.esa.ict.records.collection;

/**
 * One refused row of an import: its line in the file (the spreadsheet's row number for XLSX),
 * why, and the offending value as read (for the message {@code records.import.<reason>}, whose
 * argument {0} is the line and {1} the value).
 */
public record ImportRejection(int line, RejectReason reason, String value) {

  public String messageKey() {
    return reason.messageKey();
  }
}
