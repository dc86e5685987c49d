/**
 * The traffic-data record (ข้อมูลจราจรทางคอมพิวเตอร์) that the Computer Crime Act B.E. 2550 sec. 26
 * and the MDES announcement B.E. 2564 require: captured cheaply, chained against tampering, kept
 * for the legal period and read only by auditors, every reading itself audited.
 */
package th.obec.esa.ict.traffic;
