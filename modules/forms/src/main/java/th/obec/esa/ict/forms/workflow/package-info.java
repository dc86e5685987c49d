/** The states of a submission and the transitions between them: a pure rule, without persistence. */
package th.obec.esa.ict.forms.workflow;
