package th.obec.esa.ict.reports.port;

import java.math.BigDecimal;

/**
 * The overall result of one evaluation.
 *
 * @param subject what was evaluated (the network, the website, an application)
 * @param state the evaluation's state in Thai, as the evaluation module names it (e.g. ปิดแล้ว)
 * @param mean the overall mean on the 1–5 scale; null when nobody answered
 * @param sd its standard deviation; null when nobody answered
 * @param bandTh the interpretation of the mean (มาก, ปานกลาง…); null lets the report compute it
 */
public record EvaluationLine(long id, String formCode, String title, String subject, String state, int respondents,
    BigDecimal mean, BigDecimal sd, String bandTh, String bandEn) {}
