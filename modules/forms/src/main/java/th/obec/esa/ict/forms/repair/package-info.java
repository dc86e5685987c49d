/** F03 repair requests: the asset (from the register or described), symptoms, and the asset's status following the job. */
package th.obec.esa.ict.forms.repair;
