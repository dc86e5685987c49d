/**
 * Directory matching and the directory sync (issue 18): the staff of the orders in force against
 * the office's directory ({@code core.api.DirectoryAccounts}), the organisation administrator's
 * acceptance of matches, and the nightly sync that marks people whose account is disabled or gone.
 */
package th.obec.esa.ict.organization.directory;
