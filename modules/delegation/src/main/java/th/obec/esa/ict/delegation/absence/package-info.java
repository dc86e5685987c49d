/** Absences (leave, official travel, vacancy): when a holder is away, their stand-ins act. */
package th.obec.esa.ict.delegation.absence;
