/** What every module shares and nothing else: Thai conventions, role names, the acting context and the audit API. */
package th.obec.esa.ict.platform;
