/**
 * The one error contract of {@code /api}: RFC 9457 {@code application/problem+json} for every
 * refusal and fault, from the exception mappers here (see {@link th.obec.esa.ict.web.api.problem.Problem}).
 */
package th.obec.esa.ict.web.api.problem;
