/**
 * F16 แบบบันทึกพัฒนา ปรับปรุง และประยุกต์ใช้ ICT and F17 แบบรายงานผลการพัฒนา ปรับปรุง และประยุกต์ใช้ ICT
 * (process 13): an ICT improvement applied to a work process of the office, the schools or OBEC,
 * measured before and after, and the report printed from it.
 */
package th.obec.esa.ict.records.improvement;
