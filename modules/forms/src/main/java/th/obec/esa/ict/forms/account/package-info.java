/**
 * F08 requests for a user account and F09 user ID cards: the account is created in the directory
 * on approval (or handed to the ICT officer as a task), its initial password is shown once.
 */
package th.obec.esa.ict.forms.account;
