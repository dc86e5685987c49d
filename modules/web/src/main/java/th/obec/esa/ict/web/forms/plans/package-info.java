/** Pages of the work processes' yearly plans: /forms/plans/list.xhtml (draft, propose, list) and /forms/plans/view.xhtml. */
package th.obec.esa.ict.web.forms.plans;
