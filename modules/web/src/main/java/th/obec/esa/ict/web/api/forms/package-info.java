/** REST access to the forms: file, list, read, move through the workflow, print the memo. */
package th.obec.esa.ict.web.api.forms;
