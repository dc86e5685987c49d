/**
 * F01 แบบจัดเก็บข้อมูลตามโปรแกรมฐานข้อมูลกลาง (process 2): collection rounds to the central
 * database programs, the submitters expected to send their data, their returns, and who is late.
 */
package th.obec.esa.ict.records.collection;
