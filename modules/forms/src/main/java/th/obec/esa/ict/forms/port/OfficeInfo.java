package th.obec.esa.ict.forms.port;

/**
 * The office this installation serves.
 *
 * @param name full name ("สำนักงานเขตพื้นที่การศึกษาประถมศึกษาชุมพร เขต 1")
 * @param shortName as on a memo's ส่วนราชการ line ("สพป.ชุมพร เขต 1")
 * @param directorTitle whom requests are addressed to ("ผู้อำนวยการสำนักงานเขตพื้นที่การศึกษาประถมศึกษาชุมพร เขต 1")
 * @param ictUnitCode the ICT group's unit code: it receives requests from schools
 * @param phone the office's telephone, printed on the ส่วนราชการ line; may be null
 */
public record OfficeInfo(String name, String shortName, String directorTitle, String ictUnitCode, String phone) {}
