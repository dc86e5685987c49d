/**
 * A filled-in form of any of the 22 kinds, its chain of review and approval, attachments and
 * work log, and the service that moves it through the workflow.
 */
package th.obec.esa.ict.forms.submission;
