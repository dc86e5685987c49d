/**
 * The yearly plan of a work process (issue 17): a submission of kind PLN with its fiscal year and
 * activities, proposed and approved through the forms' one chain and authority check, and the
 * progress of each activity once approved.
 */
package th.obec.esa.ict.forms.plan;
