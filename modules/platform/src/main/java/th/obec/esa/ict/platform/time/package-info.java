/** Buddhist-era dates and Thai fiscal years (1 October to 30 September, named by the B.E. year in which they end). */
package th.obec.esa.ict.platform.time;
