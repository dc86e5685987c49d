/** Pages of F08 account requests, the officer's tasks, F09 cards and their verification. */
package th.obec.esa.ict.web.forms.account;
