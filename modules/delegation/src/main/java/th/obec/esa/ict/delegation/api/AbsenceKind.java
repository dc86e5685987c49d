package th.obec.esa.ict.delegation.api;

/** Why a person is away: leave (ลา), official travel (ไปราชการ), a vacant post (ตำแหน่งว่าง), other. */
public enum AbsenceKind {
  LEAVE,
  OFFICIAL_TRAVEL,
  VACANCY,
  OTHER
}
