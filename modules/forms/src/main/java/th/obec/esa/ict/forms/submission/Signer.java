package th.obec.esa.ict.forms.submission;

import th.obec.esa.ict.forms.port.BasisKind;

/** Who signs a step, with the names and titles the memo prints. */
record Signer(String uid, String name, String position, String actingForUid, String actingForName,
    String actingForTitle, String basis, BasisKind kind, String actingRole) {

  Signer(String uid, String name, String position, String actingForUid, String actingForName, String actingForTitle,
      String basis, BasisKind kind) {
    this(uid, name, position, actingForUid, actingForName, actingForTitle, basis, kind, null);
  }
}
