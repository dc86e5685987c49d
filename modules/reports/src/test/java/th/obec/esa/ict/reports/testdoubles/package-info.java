/**
 * In-memory doubles of the reports module's ports, with realistic data of สพป.ชุมพร เขต 1 for
 * fiscal year 2569 (1 Oct 2025 – 30 Sep 2026) and nothing for other years. They hold only what a
 * module records (counts, lines); every total, share and sentence is left to the module under test.
 */
package th.obec.esa.ict.reports.testdoubles;
