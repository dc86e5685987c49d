package th.obec.esa.ict.records.common;

import th.obec.esa.ict.platform.security.Roles;

/**
 * Who may do what with the records: ICT officers write; directors, unit directors and auditors
 * read everything; staff read the studies and improvements (F13/F15, F16/F17), not the F01 rounds.
 */
public final class Access {

  public static final String[] WRITERS = {Roles.ICT_OFFICER};
  public static final String[] ROUND_READERS = {Roles.ICT_OFFICER, Roles.DIRECTOR, Roles.UNIT_DIRECTOR, Roles.AUDITOR};
  public static final String[] RECORD_READERS =
      {Roles.STAFF, Roles.ICT_OFFICER, Roles.DIRECTOR, Roles.UNIT_DIRECTOR, Roles.AUDITOR};

  private Access() {}
}
