/** Scheduled jobs run once a day across the instances of a cluster: the claims of core.api.JobRuns. */
package th.obec.esa.ict.core.jobs;
