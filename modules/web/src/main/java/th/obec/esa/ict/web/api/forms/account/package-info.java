/** REST for F08 account requests and F09 cards. */
package th.obec.esa.ict.web.api.forms.account;
