/** Pages of the forms: my requests, the inbox, filing F02–F05, one request with its actions and memo. */
package th.obec.esa.ict.web.forms;
