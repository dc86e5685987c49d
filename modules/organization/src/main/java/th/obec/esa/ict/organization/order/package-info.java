/**
 * Orders (คำสั่ง) and what they assign: per person the acting role, the numbered duty tree as
 * printed and the stand-ins in order; supersession over time and the history queries built on it.
 */
package th.obec.esa.ict.organization.order;
